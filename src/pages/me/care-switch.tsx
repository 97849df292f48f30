import { Text, View } from '@tarojs/components';
import { call } from '../../api';
import { setCareMode, useCareMode } from '../../hooks/useCareMode';
import { say } from '../../ui/confirm';
import { Toggle } from '../../components/Form';

/** 关怀模式: applies at once on this phone, and is saved to the profile so it follows the member. */
export function CareSwitch({ saveToProfile }: { saveToProfile: boolean }) {
  const on = useCareMode();
  const toggle = (value: boolean) => {
    setCareMode(value);
    if (!saveToProfile) return;
    call('member', 'updateProfile', { largeText: value }).catch(() => say('未能保存到账号，本机已生效'));
  };
  return (
    <View className='uh-card uh-row me__care'>
      <View>
        <View className='me__care-title'>关怀模式</View>
        <Text className='uh-muted'>{on ? '已开启：文字和按钮已放大' : '放大全部文字和按钮，看得更清楚'}</Text>
      </View>
      <Toggle className='me__care-switch' checked={on} onChange={toggle} />
    </View>
  );
}
