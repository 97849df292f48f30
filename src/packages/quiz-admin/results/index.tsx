import { Button, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { PaperResults, UnitRow } from '@domain/contract/quiz-admin-model';
import { call, messageOf } from '../../../api';
import { Pager } from '../../../components/Pager';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { duration, score, typeLabel } from '../../../utils/quiz-format';
import { openFile } from '../../../utils/open-file';
import { paperStateLabel } from '../status';
import { DistributionChart } from './chart';
import { useParam } from '../../../navigation';
import { say } from '../../../ui/confirm';
import '../admin.scss';
import './index.scss';

const PAGE_SIZE = 20;
const pct = (v: number | null) => (v === null ? '-' : `${v}%`);
const num = (v: number | null) => (v === null ? '-' : score(v));
/** The list ranks by how often a question was got wrong: show that, not the correct rate beside it. */
const errorRate = (h: { correctRate: number }) => Math.round((100 - h.correctRate) * 10) / 10;

/** Organizer: a paper's results for my part of its audience, and their export. */
export default function Results() {
  const paperId = useParam('quizResults', 'id');
  const [page, setPage] = useState(1);
  const { busy, run } = useAction();
  const { data, error, loading, reload } = useLoad(
    () => call('quizAdmin', 'getPaperResults', { paperId, page, pageSize: PAGE_SIZE }),
    [paperId, page],
  );
  usePullDownRefresh(() => void reload().finally(() => Taro.stopPullDownRefresh()));

  const exportAll = () =>
    run(async () => {
      const link = await call('quizAdmin', 'exportResults', { paperId });
      await openFile(link);
      say(`已导出${link.rows}人`);
    });

  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && <ResultsBody r={data} busy={busy} onExport={exportAll} onPage={setPage} />}
    </Screen>
  );
}

function ResultsBody({
  r,
  busy,
  onExport,
  onPage,
}: {
  r: PaperResults;
  busy: boolean;
  onExport: () => void;
  onPage: (p: number) => void;
}) {
  const state = paperStateLabel(r.paper);
  const pages = Math.max(1, Math.ceil(r.ranking.total / r.ranking.pageSize));
  return (
    <View className='uh-section'>
      <View className='uh-card'>
        <View className='quiz-admin-chips'>
          <Text className={`uh-tag ${state.tone ? `uh-tag--${state.tone}` : ''}`}>{state.text}</Text>
          <Text className='uh-tag uh-tag--muted'>统计范围：{r.scope.join('、')}</Text>
        </View>
        <View className='uh-card__title'>{r.paper.title}</View>
        <View className='uh-card__meta'>
          满分 {score(r.paper.maxScore)} · 及格 {score(r.paper.passScore)} · {r.paper.questionCount} 题
        </View>
        <View className='quiz-admin-results__summary'>
          <Figure label='应参加' value={String(r.summary.aimed)} />
          <Figure label='已参加' value={String(r.summary.taken)} />
          <Figure label='参与率' value={pct(r.summary.participation)} />
          <Figure label='平均分' value={num(r.summary.average)} />
          <Figure label='及格率' value={pct(r.summary.passRate)} />
          <Figure label='最高 / 最低' value={`${num(r.summary.highest)} / ${num(r.summary.lowest)}`} />
        </View>
        <View className='quiz-admin-actions'>
          <Button className='uh-btn uh-btn--small' disabled={busy || undefined} onClick={onExport}>
            导出全部成绩（Excel）
          </Button>
        </View>
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>分数分布</View>
        {r.summary.taken === 0 ? (
          <View className='uh-empty'>还没有人交卷</View>
        ) : (
          <DistributionChart buckets={r.distribution} passScore={r.paper.passScore} />
        )}
      </View>

      <View className='uh-card'>
        <View className='uh-card__title'>各单位参与情况</View>
        <View className='quiz-admin-results__units-head'>
          <Text className='quiz-admin-results__units-name'>单位</Text>
          <Text className='quiz-admin-results__units-cell'>参加/应参加</Text>
          <Text className='quiz-admin-results__units-cell'>平均分</Text>
          <Text className='quiz-admin-results__units-cell'>及格率</Text>
        </View>
        {r.units.map((u) => (
          <UnitLine key={u.unitId} u={u} />
        ))}
      </View>

      {r.hardest.length > 0 && (
        <View className='uh-card'>
          <View className='uh-card__title'>错误率最高的题目</View>
          {r.hardest.map((h) => (
            <View key={h.questionId} className='quiz-admin-results__hard'>
              <View className='quiz-admin-results__hard-rate'>
                <Text>{errorRate(h)}%</Text>
                <Text className='quiz-admin-results__hard-rate-label'>错误率</Text>
              </View>
              <View className='quiz-admin-results__hard-stem'>
                <Text className='uh-muted'>
                  [{typeLabel(h.type)}·{h.category}] 答错 {h.answered - h.correct}/{h.answered}
                </Text>
                <View>{h.stem}</View>
              </View>
            </View>
          ))}
        </View>
      )}

      <View className='uh-card'>
        <View className='uh-card__title'>成绩排名（共 {r.ranking.total} 人）</View>
        {r.ranking.items.map((m) => (
          <View key={`${m.rank}-${m.employeeNo}-${m.name}`} className='quiz-admin-results__rank'>
            <Text className='quiz-admin-results__rank-n'>{m.rank}</Text>
            <View className='quiz-admin-results__rank-who'>
              <View>{m.name}</View>
              <View className='uh-muted'>
                {m.unitName} · 用时{duration(m.usedSeconds)} · 作答{m.attempts}次
              </View>
            </View>
            <Text className={`quiz-admin-results__rank-score ${m.passed ? 'uh-ok' : 'uh-danger'}`}>
              {score(m.score)}
            </Text>
          </View>
        ))}
        {pages > 1 && (
          <Pager className='uh-row quiz-admin-results__pager' page={r.ranking.page} pages={pages} onPage={onPage}>
            {r.ranking.page} / {pages}
          </Pager>
        )}
      </View>
    </View>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <View className='quiz-admin-results__figure'>
      <View className='quiz-admin-results__figure-value'>{value}</View>
      <View className='uh-muted'>{label}</View>
    </View>
  );
}

function UnitLine({ u }: { u: UnitRow }) {
  return (
    <View className='quiz-admin-results__units-row'>
      <View className='quiz-admin-results__units-name' style={{ paddingLeft: `${u.depth * 28}px` }}>
        <View>{u.name}</View>
        <View className='quiz-admin-bar quiz-admin-results__units-bar'>
          <View className='quiz-admin-bar__fill' style={{ width: `${u.participation ?? 0}%` }} />
        </View>
      </View>
      <Text className='quiz-admin-results__units-cell'>
        {u.taken}/{u.aimed}
        {'\n'}
        {pct(u.participation)}
      </Text>
      <Text className='quiz-admin-results__units-cell'>{num(u.average)}</Text>
      <Text className='quiz-admin-results__units-cell'>{pct(u.passRate)}</Text>
    </View>
  );
}
