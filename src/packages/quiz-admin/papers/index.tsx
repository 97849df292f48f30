import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { paperStateLabel } from '../status';
import { link } from '../../../navigation';
import '../admin.scss';
import './index.scss';

/** Organizer: the papers of my subtree (and those aimed at it from above), newest first. */
export default function Papers() {
  const { data, error, loading, reload } = useLoad(() => call('quizAdmin', 'listPapers', { page: 1, pageSize: 50 }));
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section'>
        <View className='uh-row quiz-admin-papers__head'>
          <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={link('quizBank')}>
            题库管理
          </Button>
          <Button className='uh-btn uh-btn--small' onClick={link('quizPaper')}>
            新建试卷
          </Button>
        </View>
        {data && data.items.length === 0 && <View className='uh-empty'>还没有试卷，先建好题库再新建试卷</View>}
        {data?.items.map((p) => {
          const state = paperStateLabel(p);
          return (
            <View key={p.id} className='uh-card quiz-admin-papers__item'>
              <View className='quiz-admin-chips'>
                <Text className={`uh-tag ${state.tone ? `uh-tag--${state.tone}` : ''}`}>{state.text}</Text>
                {p.withCertificate && <Text className='uh-tag uh-tag--muted'>有证书</Text>}
                {!p.editable && <Text className='uh-tag uh-tag--muted'>{p.ownerUnitName}设置</Text>}
              </View>
              <View className='uh-card__title'>{p.title}</View>
              <View className='uh-card__meta'>
                {chinaTime(p.opensAt)} 至 {chinaTime(p.closesAt)}
              </View>
              <View className='uh-card__meta'>
                面向：{p.audienceNames.join('、')} · {p.questionCount}题 · 满分{p.maxScore} · 及格{p.passScore}
              </View>
              <View className='quiz-admin-papers__taken'>已参加 {p.takenMembers} 人</View>
              <View className='quiz-admin-actions'>
                {p.editable && (
                  <Button className='uh-btn uh-btn--small uh-btn--ghost' onClick={link('quizPaper', { id: p.id })}>
                    {p.locked ? '查看设置' : '编辑'}
                  </Button>
                )}
                {p.status !== 'draft' && (
                  <Button className='uh-btn uh-btn--small' onClick={link('quizResults', { id: p.id })}>
                    成绩统计
                  </Button>
                )}
              </View>
            </View>
          );
        })}
      </View>
    </Screen>
  );
}
