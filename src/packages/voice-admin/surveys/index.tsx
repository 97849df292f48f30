import { Button, Text, View } from '@tarojs/components';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import '../admin.scss';

const STATUS = { draft: '草稿', published: '进行中', closed: '已结束' } as const;

/** The surveys of my subtree: drafts open in the editor, the rest in their results. */
export default function ManagedSurveys() {
  const { data, error, loading, reload } = useLoad(() =>
    call('voice', 'listManagedSurveys', { page: 1, pageSize: 50 }),
  );
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <Button className='uh-btn' onClick={link('voiceSurveyEdit')}>
          新建问卷
        </Button>
        {data && data.items.length === 0 && <View className='uh-empty'>还没有问卷</View>}
        {data?.items.map((s) => (
          <View
            key={s.id}
            className='uh-card'
            onClick={
              s.status === 'draft' ? link('voiceSurveyEdit', { id: s.id }) : link('voiceSurveyResults', { id: s.id })
            }
          >
            <View className='uh-card__title'>{s.title}</View>
            <View>
              <Text className={`uh-tag ${s.status === 'published' ? 'uh-tag--ok' : 'uh-tag--muted'}`}>
                {STATUS[s.status]}
              </Text>
              {s.anonymous && <Text className='uh-tag uh-tag--muted'>匿名</Text>}
            </View>
            <View className='uh-card__meta'>
              {s.answers}份答卷 · {chinaTime(s.closesAt)}截止
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
