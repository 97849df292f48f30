import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SURVEY_LIMITS } from '@domain/rules/voice-survey';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { openFile } from '../../../utils/open-file';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { Bar } from '../bar';
import '../admin.scss';

const labelsOf = (q: { type: string; options: string[] }) =>
  q.type === 'rating' ? Array.from({ length: SURVEY_LIMITS.ratingMax }, (_, i) => `${i + 1}分`) : q.options;

/** Counts per question as bars, by unit (small anonymous groups hidden), close and export. */
export default function SurveyResultsPage() {
  const id = useParam('voiceSurveyResults', 'id');
  const [level, setLevel] = useState<2 | 3>(3);
  const {
    data: r,
    error,
    loading,
    reload,
  } = useLoad(() => call('voice', 'getSurveyResults', { id, level }), [id, level]);

  const { run } = useAction();

  const act = (step: () => Promise<unknown>) =>
    run(async () => {
      await step();
      await reload();
    });
  const exportIt = async () => openFile(await call('voiceAdmin', 'exportSurvey', { id }));

  return (
    <Screen loading={loading && !r} error={error && messageOf(error)} onRetry={reload}>
      {r && (
        <View className='uh-section'>
          <View className='uh-card'>
            <View className='uh-title'>{r.title}</View>
            <View className='uh-card__meta'>
              共{r.total}份答卷{r.anonymous ? ` · 匿名问卷：答卷少于${r.minGroup}份的单位不单独显示` : ''}
            </View>
          </View>
          {r.questions.map((q, i) => (
            <View key={q.id} className='uh-card'>
              <View className='voice-parts__timeline-label'>
                {i + 1}. {q.stem}
              </View>
              {!q.result ? (
                <View className='uh-muted'>答卷少于{r.minGroup}份，暂不显示</View>
              ) : q.type === 'text' ? (
                q.result.texts.slice(0, SURVEY_LIMITS.textsShown).map((t, k) => (
                  <View key={k} className='uh-muted'>
                    · {t}
                  </View>
                ))
              ) : (
                <View>
                  {q.result.counts.map((n, k) => (
                    <Bar key={k} label={labelsOf(q)[k]} value={n} max={Math.max(1, ...q.result!.counts)} />
                  ))}
                  {q.result.average !== null && <View className='uh-muted'>平均 {q.result.average} 分</View>}
                </View>
              )}
            </View>
          ))}
          <View className='uh-card'>
            <View className='uh-row'>
              <View className='uh-card__title'>分单位</View>
              <View className='voice-admin-buttons'>
                <Text
                  className={`voice-admin-tab ${level === 2 ? 'voice-admin-tab--on' : ''}`}
                  onClick={() => setLevel(2)}
                >
                  按大队
                </Text>
                <Text
                  className={`voice-admin-tab ${level === 3 ? 'voice-admin-tab--on' : ''}`}
                  onClick={() => setLevel(3)}
                >
                  按基层工会
                </Text>
              </View>
            </View>
            {r.units.map((u) => (
              <View key={u.unitId} className='voice-admin-unit'>
                <Text className='voice-admin-unit__name'>{u.name}</Text>
                <Text className='voice-admin-unit__cell'>{u.suppressed ? '不单独显示' : `${u.answers}份`}</Text>
              </View>
            ))}
          </View>
          <Button className='uh-btn uh-btn--ghost' onClick={() => void run(exportIt)}>
            导出结果（Excel）
          </Button>
          {r.status === 'published' && (
            <Button
              className='uh-btn uh-btn--ghost'
              onClick={() => void act(() => call('voice', 'closeSurvey', { id }))}
            >
              结束问卷
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
