import { Button, Text, View } from '@tarojs/components';
import { LESSON_STATUS_LABELS, type LessonStatus } from '@domain/contract/training-admin-model';
import { listDate } from '@domain/rules/china-time';
import { STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import '../training-admin.scss';

const TAG: Record<LessonStatus, string> = {
  draft: 'uh-tag uh-tag--muted',
  published: 'uh-tag uh-tag--ok',
  withdrawn: 'uh-tag uh-tag--warn',
};

/** Lessons my unit and its subtree publish, newest change first. */
export default function Lessons() {
  const { data, error, loading, reload } = useLoad(() => call('trainingAdmin', 'listLessons', { pageSize: 50 }));
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <Button className='uh-btn' onClick={link('trainingLessonEdit')}>
          新建学习资料
        </Button>
        {data && data.items.length === 0 && <View className='uh-empty'>还没有学习资料</View>}
        {data?.items.map((l) => (
          <View key={l.id} className='uh-card' onClick={link('trainingLessonEdit', { id: l.id })}>
            <View className='uh-row'>
              <Text className='uh-card__title'>{l.title}</Text>
              <Text className={TAG[l.status]}>{LESSON_STATUS_LABELS[l.status]}</Text>
            </View>
            <View className='uh-card__meta'>
              {STUDY_SUBJECT_LABELS[l.subject]} · {hoursText(l.hours)}学时 · 至少
              {l.minSeconds < 60 ? `${l.minSeconds}秒` : `${Math.ceil(l.minSeconds / 60)}分钟`} ·{' '}
              {l.format === 'link' ? '公众号文章' : '图文'} · {l.ownerUnitName} · {listDate(l.updatedAt, Date.now())}
            </View>
          </View>
        ))}
      </View>
    </Screen>
  );
}
