import { Text, View } from '@tarojs/components';
import { COUNT_MODE_LABELS, QUESTION_TYPES, type PaperIntro } from '@domain/contract/quiz-model';
import { chinaTime } from '@domain/rules/china-time';
import { call, messageOf } from '../../api';
import { Button } from '../../components/Button';
import { Screen } from '../../components/screen';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { duration, limit, score, typeLabel } from '../../utils/quiz-format';
import { goTo, link, useParam } from '../../navigation';
import './index.scss';

function Rules({ paper }: { paper: PaperIntro }) {
  const r = paper.rules;
  const rows: [string, string][] = [
    [
      '题量',
      QUESTION_TYPES.filter((t) => r.countsByType[t] > 0)
        .map((t) => `${typeLabel(t)}${r.countsByType[t]}题（每题${score(r.points[t])}分）`)
        .join('，'),
    ],
    ['总分', `${score(r.maxScore)}分，${score(r.passScore)}分及格`],
    ['时间', `限时${r.timeLimitMinutes}分钟，到时自动交卷`],
    ['开放', `${chinaTime(r.opensAt)} 至 ${chinaTime(r.closesAt)}`],
    ['次数', `共${limit(r.maxAttemptsTotal)}，每天${limit(r.maxAttemptsPerDay)}；${COUNT_MODE_LABELS[r.counts]}`],
  ];
  if (r.countsByType.multiple > 0)
    rows.push(['多选', r.partialCredit ? '少选按选对的比例得分，错选不得分' : '全部选对才得分']);
  return (
    <View className='uh-card'>
      {rows.map(([k, v]) => (
        <View key={k} className='paper-intro__rule'>
          <Text className='paper-intro__rule-key'>{k}</Text>
          <Text className='paper-intro__rule-value'>{v}</Text>
        </View>
      ))}
      <View className='uh-card__meta paper-intro__note'>
        每道题选择后自动保存，断网或退出后可继续作答，剩余时间以服务器为准。
      </View>
    </View>
  );
}

/** A paper's rules, my attempts, and the start (or continue) button; one call on load. */
export default function PaperIntroPage() {
  const id = useParam('paperIntro', 'id');
  const { data, error, loading, reload } = useLoad(() => call('quiz', 'getPaper', { paperId: id }), [id]);
  const { busy: starting, run } = useAction();

  const start = () =>
    run(async () => {
      try {
        const live = await call('quiz', 'start', { paperId: id });
        goTo('paperAnswer', { attemptId: live.attemptId });
      } catch (e) {
        // A refusal may mean the rules changed under the member (closed, no attempts left): show them anew.
        void reload();
        throw e;
      }
    });

  const left = data?.attemptsLeft;
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <View className='uh-section'>
          <View className='paper-intro__title uh-title'>{data.title}</View>
          {data.description && <View className='paper-intro__desc'>{data.description}</View>}
          <Rules paper={data} />

          {data.counted && (
            <View className='uh-card paper-intro__counted'>
              <Text>本卷成绩（{COUNT_MODE_LABELS[data.rules.counts]}）</Text>
              <Text className={`uh-big ${data.counted.passed ? 'uh-ok' : 'uh-danger'}`}>
                {score(data.counted.score)}分
              </Text>
            </View>
          )}

          {data.unranked && (
            <View className='uh-muted paper-intro__left'>您可查看本卷题库的答案，可以参加，成绩不计排名。</View>
          )}

          {data.inProgressId ? (
            <Button className='uh-btn paper-intro__go' onClick={link('paperAnswer', { attemptId: data.inProgressId })}>
              继续作答
            </Button>
          ) : data.canStart ? (
            <Button className='uh-btn paper-intro__go' busy={starting} onClick={start}>
              {data.attempts.length ? '再考一次' : '开始答题'}
            </Button>
          ) : (
            <Button className='uh-btn paper-intro__go' disabled>
              {data.blockedReason ?? '暂不能作答'}
            </Button>
          )}
          {left && (left.total !== null || left.today !== null) && (
            <View className='uh-muted paper-intro__left'>
              剩余次数：{left.total === null ? '' : `共${left.total}次`}
              {left.total !== null && left.today !== null ? '，' : ''}
              {left.today === null ? '' : `今天${left.today}次`}
            </View>
          )}

          {data.attempts.length > 0 && (
            <View className='paper-intro__attempts'>
              <View className='uh-section__title'>
                <Text>我的作答</Text>
              </View>
              {data.attempts.map((a) => (
                <View
                  key={a.attemptId}
                  className='uh-card uh-row paper-intro__attempt'
                  onClick={() =>
                    goTo(a.status === 'submitted' ? 'paperResult' : 'paperAnswer', { attemptId: a.attemptId })
                  }
                >
                  <View>
                    <View>第{a.n}次</View>
                    <View className='uh-card__meta'>
                      {a.status === 'submitted'
                        ? `${chinaTime(a.submittedAt ?? a.startedAt)} · 用时${duration(a.usedSeconds ?? 0)}`
                        : '作答中'}
                    </View>
                  </View>
                  {a.status === 'submitted' ? (
                    <Text className={`uh-title ${a.passed ? 'uh-ok' : 'uh-danger'}`}>{score(a.score ?? 0)}分</Text>
                  ) : (
                    <Text className='uh-tag uh-tag--warn'>继续</Text>
                  )}
                </View>
              ))}
            </View>
          )}
        </View>
      )}
    </Screen>
  );
}
