import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { COUNT_MODE_LABELS, type ResultQuestion } from '@domain/contract/quiz-model';
import { call, messageOf } from '../../../api';
import { ChoiceList, type ChoiceMark } from '../../../components/ChoiceList';
import { Screen } from '../../../components/screen';
import { useLoad } from '../../../hooks/useLoad';
import { duration, score, typeLabel } from '../../../utils/quiz-format';
import { link, replaceWith, useParam } from '../../../navigation';
import './index.scss';

function markOf(o: ResultQuestion['options'][number]): ChoiceMark {
  if (o.correct) return o.chosen ? 'right' : 'missed';
  return o.chosen ? 'wrong' : 'none';
}

/** A question of an exam still open for me: my own choices only, the key after the exam closes. */
function HiddenQuestion({ q }: { q: ResultQuestion }) {
  return (
    <View className='uh-card study-paper-result__q'>
      <View className='study-paper-result__q-head'>
        <Text className='uh-tag'>{typeLabel(q.type)}</Text>
        <Text className='uh-muted'>第{q.index + 1}题</Text>
        <Text className='study-paper-result__earned uh-muted'>{q.answered ? '已作答' : '未作答'}</Text>
      </View>
      <View className='study-paper-result__stem'>{q.stem}</View>
      <ChoiceList
        choices={q.options.map((o, i) => ({ key: String(i), text: o.text, mark: 'none' }))}
        selected={q.options.flatMap((o, i) => (o.chosen ? [String(i)] : []))}
        multiple={q.type === 'multiple'}
      />
      <View className='uh-muted study-paper-result__hidden'>考试尚未结束，答案和解析在考试结束后公布</View>
    </View>
  );
}

function Question({ q }: { q: ResultQuestion }) {
  if (q.keyHidden) return <HiddenQuestion q={q} />;
  return (
    <View className={`uh-card study-paper-result__q ${q.right ? '' : 'study-paper-result__q--wrong'}`}>
      <View className='study-paper-result__q-head'>
        <Text className='uh-tag'>{typeLabel(q.type)}</Text>
        <Text className='uh-muted'>第{q.index + 1}题</Text>
        <Text className={`study-paper-result__earned ${q.right ? 'uh-ok' : 'uh-danger'}`}>
          {q.right ? '答对' : q.answered ? '答错' : '未作答'} {score(q.earned ?? 0)}/{score(q.points)}分
        </Text>
      </View>
      <View className='study-paper-result__stem'>{q.stem}</View>
      <ChoiceList
        choices={q.options.map((o, i) => ({ key: String(i), text: o.text, mark: markOf(o) }))}
        selected={q.options.flatMap((o, i) => (o.chosen ? [String(i)] : []))}
        multiple={q.type === 'multiple'}
      />
      <View className='study-paper-result__explain'>
        <Text className='study-paper-result__explain-title'>解析</Text>
        <Text>{q.explanation}</Text>
        {q.source && <View className='uh-muted study-paper-result__source'>依据：{q.source}</View>}
      </View>
    </View>
  );
}

/** Score, pass or fail, time, my rank in my unit, and every question with the key; one call on load. */
export default function PaperResult() {
  const attemptId = useParam('paperResult', 'attemptId');
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'getResult', { attemptId }), [attemptId], {
    refreshOnShow: false,
  });
  const [onlyWrong, setOnlyWrong] = useState(false);

  // "Only wrong" shows what is known to be wrong: a hidden question's verdict waits for the exam to close.
  const questions = data ? (onlyWrong ? data.questions.filter((q) => q.right === false) : data.questions) : [];
  const hidden = data ? data.questions.filter((q) => q.keyHidden).length : 0;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section'>
          <View className='uh-card study-paper-result__head'>
            <View className='uh-card__meta'>
              {data.title} · 第{data.n}次
            </View>
            <View className={`study-paper-result__score ${data.passed ? 'uh-ok' : 'uh-danger'}`}>
              {score(data.score)}
              <Text className='study-paper-result__unit'>分</Text>
            </View>
            <Text className={data.passed ? 'uh-tag uh-tag--ok' : 'uh-tag uh-tag--muted'}>
              {data.passed ? '通过' : '未通过'}
            </Text>
            <View className='study-paper-result__facts'>
              <Text>
                满分{score(data.maxScore)} · {score(data.passScore)}分及格
              </Text>
              <Text>
                答对{data.correctCount}/{data.questionCount}题 · 用时{duration(data.usedSeconds)}
              </Text>
              {data.autoSubmitted && <Text className='uh-muted'>到时由系统按已保存的答案交卷</Text>}
              {data.rank ? (
                <Text className='study-paper-result__rank'>
                  {data.rank.unitName || '本单位'}第{data.rank.rank}名（共{data.rank.of}人）
                </Text>
              ) : (
                <Text className='uh-muted'>不计排名：您可查看本卷题库的答案</Text>
              )}
              {hidden > 0 && <Text className='uh-muted'>考试尚未结束，{hidden}题的答案和解析在考试结束后公布</Text>}
              {data.counted.attemptId !== data.attemptId && (
                <Text className='uh-muted'>
                  本卷成绩{COUNT_MODE_LABELS[data.counted.mode]}：{score(data.counted.score)}分
                </Text>
              )}
            </View>
          </View>

          <View className='study-paper-result__actions'>
            <Button className='uh-btn uh-btn--ghost' onClick={link('wrongBook')}>
              错题本
            </Button>
            <Button className='uh-btn uh-btn--ghost' onClick={() => replaceWith('paperIntro', { id: data.paperId })}>
              返回试卷
            </Button>
          </View>

          <View className='uh-section__title'>
            <Text>答题详情</Text>
            <Text className='uh-muted study-paper-result__filter' onClick={() => setOnlyWrong(!onlyWrong)}>
              {onlyWrong ? '看全部' : '只看错题'}
            </Text>
          </View>
          {questions.map((q) => (
            <Question key={q.index} q={q} />
          ))}
          {questions.length === 0 && (
            <View className='uh-empty'>{hidden > 0 ? '考试结束后可查看对错' : '全部答对了'}</View>
          )}
        </View>
      )}
    </Screen>
  );
}
