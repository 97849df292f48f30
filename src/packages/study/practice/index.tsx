import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  RIGHTS_TO_LEAVE_BOOK,
  type PracticeFeedback,
  type PracticeNextOutput,
  type PracticeSource,
} from '@domain/contract/quiz-model';
import { call, messageOf } from '../../../api';
import { ChoiceList, type ChoiceMark } from '../../../components/ChoiceList';
import { Button } from '../../../components/Button';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { typeLabel } from '../../../utils/quiz-format';
import { useParam } from '../../../navigation';
import './index.scss';

/**
 * Practice one question at a time with immediate feedback, from the wrong-answer book or the bank.
 * Not an exam: nothing here counts towards a paper. One call on load; each next question is a tap.
 */
export default function Practice() {
  const source: PracticeSource = useParam('practice', 'source') === 'bank' ? 'bank' : 'wrong';
  const category = useParam('practice', 'category') || undefined;
  const input = category ? { source, category } : { source };
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'drawPractice', input), [source, category], {
    refreshOnShow: false,
  });

  const [current, setCurrent] = useState<PracticeNextOutput | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<PracticeFeedback | null>(null);
  const { busy, run } = useAction();
  const [tally, setTally] = useState({ answered: 0, right: 0 });

  useEffect(() => {
    if (data) setCurrent(data);
  }, [data]);

  const q = current?.question ?? null;

  const choose = (token: string) => {
    if (!q || feedback) return;
    setChosen(
      q.type === 'multiple'
        ? chosen.includes(token)
          ? chosen.filter((t) => t !== token)
          : [...chosen, token]
        : [token],
    );
  };

  const answer = () => {
    if (!q || chosen.length === 0) return;
    void run(async () => {
      const fb = await call('quiz', 'answerPractice', { practiceId: q.practiceId, tokens: chosen });
      setFeedback(fb);
      setTally((t) => ({ answered: t.answered + 1, right: t.right + (fb.right ? 1 : 0) }));
    });
  };

  const next = () =>
    run(async () => {
      setCurrent(await call('quiz', 'drawPractice', input));
      setChosen([]);
      setFeedback(null);
    });

  const markOf = (token: string): ChoiceMark => {
    if (!feedback) return 'none';
    const right = feedback.correctTokens.includes(token);
    if (right) return chosen.includes(token) ? 'right' : 'missed';
    return chosen.includes(token) ? 'wrong' : 'none';
  };

  const title =
    source === 'wrong' ? `错题练习${category ? ` · ${category}` : ''}` : `题库练习${category ? ` · ${category}` : ''}`;
  return (
    <Screen loading={loading && !current} error={error && messageOf(error)} onRetry={reload}>
      {current && (
        <View className='uh-section'>
          <View className='uh-section__title'>
            <Text>{title}</Text>
            <Text className='uh-muted'>
              本次练习{tally.answered}题，答对{tally.right}题
            </Text>
          </View>

          {!q ? (
            <View className='uh-card uh-empty'>
              {source === 'wrong' ? '暂时没有可练的错题。' : '这个分类暂时没有可练的题目。'}
              <View className='uh-muted'>正在进行的考试所用的题目，考试结束后才能练习。</View>
              <Button className='uh-btn uh-btn--ghost' onClick={() => void Taro.navigateBack()}>
                返回
              </Button>
            </View>
          ) : (
            <View>
              <View className='uh-card'>
                <View className='study-practice__meta'>
                  <Text className='uh-tag'>{typeLabel(q.type)}</Text>
                  <Text className='uh-tag uh-tag--muted'>{q.category}</Text>
                  {q.inBook && <Text className='uh-muted study-practice__book'>错题 · 已练对{q.rightCount}次</Text>}
                </View>
                <View className='study-practice__stem'>{q.stem}</View>
                {q.type === 'multiple' && <View className='uh-muted'>（多选，请选出全部正确选项）</View>}
              </View>
              <ChoiceList
                choices={q.options.map((o) => ({ key: o.token, text: o.text, mark: markOf(o.token) }))}
                selected={chosen}
                onTap={feedback ? undefined : choose}
                multiple={q.type === 'multiple'}
              />

              {feedback ? (
                <View
                  className={`uh-card study-practice__feedback ${feedback.right ? 'study-practice__feedback--right' : 'study-practice__feedback--wrong'}`}
                >
                  <View className='uh-title'>{feedback.right ? '回答正确' : '回答错误'}</View>
                  {feedback.leftBook && (
                    <View className='uh-ok'>已练对{RIGHTS_TO_LEAVE_BOOK}次，这道题已移出错题本</View>
                  )}
                  {feedback.inBook && !feedback.leftBook && feedback.right && (
                    <View className='uh-muted'>再练对{RIGHTS_TO_LEAVE_BOOK - feedback.rightCount}次移出错题本</View>
                  )}
                  <View className='study-practice__explain'>
                    <Text className='study-practice__explain-title'>解析</Text>
                    <Text>{feedback.explanation}</Text>
                    {feedback.source && <View className='uh-muted'>依据：{feedback.source}</View>}
                  </View>
                  <Button className='uh-btn' busy={busy} onClick={next}>
                    下一题
                  </Button>
                </View>
              ) : (
                <Button
                  className='uh-btn study-practice__submit'
                  busy={busy}
                  disabled={chosen.length === 0}
                  onClick={answer}
                >
                  提交答案
                </Button>
              )}
            </View>
          )}
        </View>
      )}
    </Screen>
  );
}
