import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../../api';
import { Button } from '../../../components/Button';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { duration, score } from '../../../utils/quiz-format';
import { link } from '../../../navigation';
import { Empty } from '../../../components/Empty';
import './index.scss';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <View className='member-study-record__stat'>
      <Text className='member-study-record__value'>{value}</Text>
      <Text className='uh-muted'>{label}</Text>
    </View>
  );
}

/** Papers taken, best scores, practice and time spent in a year; one call per year shown. */
export default function StudyRecord() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const { data, error, loading, reload } = useLoad(
    () => call('quiz', 'getStudyRecord', year === undefined ? {} : { year }),
    [year],
  );
  const rate = data && data.practice.answered ? Math.round((data.practice.right / data.practice.answered) * 100) : null;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section'>
          <View className='member-study-record__years'>
            <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={() => setYear(data.year - 1)}>
              上一年
            </Button>
            <Text className='uh-title'>{data.year}年</Text>
            <Button
              className='uh-btn uh-btn--ghost uh-btn--small'
              disabled={data.year >= data.currentYear}
              onClick={() => setYear(data.year + 1)}
            >
              下一年
            </Button>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>考试</View>
            <View className='member-study-record__stats'>
              <Stat label='参加试卷' value={`${data.exams.papers}份`} />
              <Stat label='通过' value={`${data.exams.passedPapers}份`} />
              <Stat label='作答' value={`${data.exams.attempts}次`} />
              <Stat label='用时' value={duration(data.exams.seconds)} />
            </View>
          </View>

          <View className='uh-card'>
            <View className='uh-card__title'>练习</View>
            <View className='member-study-record__stats'>
              <Stat label='练习题数' value={`${data.practice.answered}题`} />
              <Stat label='正确率' value={rate === null ? '—' : `${rate}%`} />
              <Stat label='用时' value={duration(data.practice.seconds)} />
            </View>
          </View>

          <View className='uh-card uh-row' onClick={link('wrongBook')}>
            <Text>错题本</Text>
            <Text className='uh-muted'>{data.wrongBookTotal}题 ›</Text>
          </View>

          <View className='uh-section__title'>
            <Text>参加的考试</Text>
          </View>
          {data.papers.length === 0 && <Empty text='这一年还没有参加考试' icon='study' />}
          {data.papers.map((p) => (
            <View key={p.paperId} className='uh-card'>
              <View className='uh-row'>
                <Text className='member-study-record__paper'>{p.title}</Text>
                <Text className={p.passed ? 'uh-tag uh-tag--ok' : 'uh-tag uh-tag--muted'}>
                  {p.passed ? '通过' : '未通过'}
                </Text>
              </View>
              <View className='uh-card__meta'>
                最高{score(p.bestScore)}分 · 最近{score(p.lastScore)}分 · 满分{score(p.maxScore)} · 共{p.attempts}次
              </View>
              <View className='uh-card__meta'>最近 {chinaTime(p.lastAt)}</View>
            </View>
          ))}
        </View>
      )}
    </Screen>
  );
}
