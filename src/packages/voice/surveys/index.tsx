import { Text, View } from '@tarojs/components';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import '../../../components/VoiceParts/index.scss';

/** 问卷: the open surveys aimed at me; each is answered once. */
export default function Surveys() {
  const { data, error, loading, reload } = useLoad(() => call('voice', 'listSurveys', {}));
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        {data && data.items.length === 0 && <View className='uh-empty'>暂无进行中的问卷</View>}
        {data?.items.map((s) => (
          <View key={s.id} className='uh-card voice-surveys__row' onClick={link('voiceSurvey', { id: s.id })}>
            <View className='uh-card__title'>{s.title}</View>
            <View>
              {s.anonymous && <Text className='uh-tag uh-tag--muted'>匿名</Text>}
              <Text className={`uh-tag ${s.answered ? 'uh-tag--ok' : 'uh-tag--warn'}`}>
                {s.answered ? '已填写' : '待填写'}
              </Text>
            </View>
            <View className='uh-card__meta'>
              {s.questions}道题 · {chinaTime(s.closesAt)}截止
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
