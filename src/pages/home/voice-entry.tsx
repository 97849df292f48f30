import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './voice-entry.scss';

const ENTRIES = [
  { label: '我要反映', hint: '诉求 建议 咨询 求助', url: '/packages/voice/new/index' },
  { label: '我的诉求', hint: '看答复 去评价', url: '/packages/voice/mine/index' },
  { label: '问卷', hint: '参与调研', url: '/packages/voice/surveys/index' },
] as const;

/** 职工心声 on the home page: three big doors (门好进), the pages themselves live in a subpackage. */
export function VoiceEntry() {
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <Text>职工心声</Text>
      </View>
      <View className='home-voice'>
        {ENTRIES.map((e) => (
          <View key={e.label} className='uh-card home-voice__door' onClick={() => void Taro.navigateTo({ url: e.url })}>
            <Text className='home-voice__label'>{e.label}</Text>
            <Text className='uh-muted home-voice__hint'>{e.hint}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
