import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { chinaTime } from '@domain/rules/china-time';
import { SURVEY_LIMITS, type SurveyAnswer } from '@domain/rules/voice-survey';
import { call, messageOf } from '../../../api';
import { ChoiceList } from '../../../components/ChoiceList';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import '../../../components/VoiceParts/index.scss';

/** Answer a survey, once. Choices use the quiz's option rows; ratings are five big buttons. */
export default function SurveyForm() {
  const id = useParam('voiceSurvey', 'id');
  const { data: s, error, loading, reload } = useLoad(() => call('voice', 'getSurvey', { id }), [id]);
  const [answers, setAnswers] = useState<Record<string, SurveyAnswer>>({});
  const { busy, run, problem } = useAction({ inline: true });
  const [done, setDone] = useState(false);
  const set = (a: SurveyAnswer) => setAnswers((all) => ({ ...all, [a.q]: a }));

  const submit = async () => {
    if (!s) return;
    await run(async () => {
      await call('voice', 'answerSurvey', { id, answers: Object.values(answers) });
      setDone(true);
    });
  };

  const finished = done || s?.answered;
  return (
    <Screen loading={loading && !s} error={error && messageOf(error)} onRetry={reload}>
      {s && (
        <View className='uh-section'>
          <View className='uh-card'>
            <View className='uh-title'>{s.title}</View>
            <View className='uh-card__meta'>
              {s.issuer} · {chinaTime(s.closesAt)}截止{s.anonymous ? ' · 匿名填写' : ''}
            </View>
            {s.intro && <View className='voice-parts__body'>{s.intro}</View>}
          </View>
          {finished ? (
            <View className='uh-card uh-empty voice-survey__done'>感谢您的参与！您已提交这份问卷。</View>
          ) : !s.open ? (
            <View className='uh-card uh-empty'>问卷已结束</View>
          ) : (
            <View className='uh-card'>
              {s.questionList.map((q, i) => {
                const a = answers[q.id];
                return (
                  <View key={q.id} className='voice-parts__question'>
                    <View className='voice-parts__question-stem'>
                      {i + 1}. {q.stem}
                      {q.type === 'multiple' && <Text className='uh-muted'>（可多选）</Text>}
                      {!q.required && <Text className='uh-muted'>（选填）</Text>}
                    </View>
                    {(q.type === 'single' || q.type === 'multiple') && (
                      <ChoiceList
                        multiple={q.type === 'multiple'}
                        choices={q.options.map((text, k) => ({ key: String(k), text }))}
                        selected={(a?.choices ?? []).map(String)}
                        onTap={(key) => {
                          const k = Number(key);
                          const now = a?.choices ?? [];
                          set({
                            q: q.id,
                            choices:
                              q.type === 'single' ? [k] : now.includes(k) ? now.filter((x) => x !== k) : [...now, k],
                          });
                        }}
                      />
                    )}
                    {q.type === 'rating' && (
                      <View className='voice-parts__stars'>
                        {Array.from({ length: SURVEY_LIMITS.ratingMax }, (_, k) => k + 1).map((n) => (
                          <View
                            key={n}
                            className={`voice-parts__star ${a?.rating !== undefined && n <= a.rating ? 'voice-parts__star--on' : ''}`}
                            onClick={() => set({ q: q.id, rating: n })}
                          >
                            {n}
                          </View>
                        ))}
                      </View>
                    )}
                    {q.type === 'text' && (
                      <TextBox
                        value={a?.text ?? ''}
                        onChange={(v) => set({ q: q.id, text: v })}
                        max={SURVEY_LIMITS.text}
                        multiline
                      />
                    )}
                  </View>
                );
              })}
              {problem && <View className='voice-parts__error'>{problem}</View>}
              <Button
                className='uh-btn voice-survey__submit'
                disabled={busy || undefined}
                onClick={() => void submit()}
              >
                提交问卷
              </Button>
            </View>
          )}
          {finished && (
            <Button className='uh-btn uh-btn--ghost' onClick={() => void Taro.navigateBack()}>
              返回
            </Button>
          )}
        </View>
      )}
    </Screen>
  );
}
