import { Text, View } from '@tarojs/components';
import type { PlainPage } from '@domain/routes';
import { link } from '../../navigation';
import './voice-entry.scss';

const ENTRIES: readonly { label: string; hint: string; page: PlainPage }[] = [
  { label: '我要反映', hint: '诉求 建议 咨询 求助', page: 'voiceNew' },
  { label: '我的诉求', hint: '看答复 去评价', page: 'voiceMine' },
  { label: '问卷', hint: '参与调研', page: 'voiceSurveys' },
];

/** 职工心声 on the home page: three big doors (门好进), the pages themselves live in a subpackage. */
export function VoiceEntry() {
  return (
    <View className='uh-section'>
      <View className='uh-section__title'>
        <Text>职工心声</Text>
      </View>
      <View className='home__voice'>
        {ENTRIES.map((e) => (
          <View key={e.label} className='uh-card home__voice-door' onClick={link(e.page)}>
            <Text className='home__voice-label'>{e.label}</Text>
            <Text className='uh-muted home__voice-hint'>{e.hint}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
