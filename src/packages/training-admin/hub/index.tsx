import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { FileLink, Rollup, UnitRollupRow } from '@domain/contract/training-admin-model';
import { ROLE_LABELS } from '@domain/roles';
import { chinaDate, chinaYear } from '@domain/rules/china-time';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Pager } from '../../../components/Pager';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { link } from '../../../navigation';
import { confirm, tell } from '../../../ui/confirm';
import { openFile } from '../../../utils/open-file';
import '../training-admin.scss';

const PAGE_SIZE = 20;
const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Completion of my unit's training plan, rolled up the tree: who is behind, remind them, export. */
export default function TrainingHub() {
  const [year, setYear] = useState(chinaYear(Date.now()));
  const [unitId, setUnitId] = useState<string>();
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useLoad(
    () => call('trainingAdmin', 'getRollup', { year, unitId, page, pageSize: PAGE_SIZE }),
    [year, unitId, page],
  );
  const open = (id: string) => {
    setUnitId(id);
    setPage(1);
  };
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      <View className='uh-section training-admin-years'>
        <Button className='uh-btn uh-btn--ghost uh-btn--small' onClick={() => setYear(year - 1)}>
          上一年
        </Button>
        <Text className='uh-title'>{year}年</Text>
        <Button
          className='uh-btn uh-btn--ghost uh-btn--small'
          disabled={year >= chinaYear(Date.now()) || undefined}
          onClick={() => setYear(year + 1)}
        >
          下一年
        </Button>
      </View>
      {data && <Body r={data} year={year} onOpen={open} page={page} onPage={setPage} />}
      <View className='uh-section training-admin-links'>
        <Button className='uh-btn uh-btn--ghost' onClick={link('trainingPlan', { year: String(year) })}>
          年度计划
        </Button>
        <Button className='uh-btn uh-btn--ghost' onClick={link('trainingLessons')}>
          学习资料
        </Button>
        <Button className='uh-btn uh-btn--ghost' onClick={link('trainingEssayReview')}>
          心得审核
        </Button>
      </View>
    </Screen>
  );
}

function UnitRow({ u, onOpen }: { u: UnitRollupRow; onOpen?: () => void }) {
  return (
    <View className='uh-card training-admin-unit' onClick={onOpen}>
      <View className='uh-row'>
        <Text className='training-admin-unit__name'>{u.name}</Text>
        <Text className='training-admin-unit__rate'>{pct(u.completion)}</Text>
      </View>
      <View className='training-admin-unit__track'>
        <View className='training-admin-unit__fill' style={{ width: pct(u.completion) }} />
      </View>
      <View className='uh-card__meta'>
        {u.members}人 · 已完成{u.done}人 · 已修{hoursText(u.counted)}/应修{hoursText(u.required)}学时
        {onOpen ? ' ›' : ''}
      </View>
    </View>
  );
}

function Body({
  r,
  year,
  onOpen,
  page,
  onPage,
}: {
  r: Rollup;
  year: number;
  onOpen: (id: string) => void;
  page: number;
  onPage: (p: number) => void;
}) {
  const { busy, run } = useAction();
  const parent = r.units.find((u) => u.id === r.units.find((x) => x.id === r.total.unitId)?.parentId);
  const remind = () =>
    run(async () => {
      const go = await confirm({
        title: '提醒未完成人员',
        content: `将提醒${r.behind.total}名学时未完成的人员（站内消息；已订阅的同时发送订阅消息）。`,
        confirmText: '发送提醒',
      });
      if (!go) return;
      const out = await call('trainingAdmin', 'remindBehind', { year, unitId: r.total.unitId });
      void tell('已提醒', `站内消息${out.messages}条，订阅消息${out.pushed}条（今天已提醒过的不再重复）。`);
    });
  const exportWith = (action: 'exportLedger' | 'exportCompletion') =>
    run(async () => {
      const file: FileLink = await call('trainingAdmin', action, { year, unitId: r.total.unitId });
      await openFile(file);
    });
  const pages = Math.max(1, Math.ceil(r.behind.total / r.behind.pageSize));
  return (
    <>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>{r.total.name}</Text>
          {parent && (
            <Text className='uh-muted training-admin-hub__up' onClick={() => onOpen(parent.id)}>
              ‹ {parent.name}
            </Text>
          )}
        </View>
        <UnitRow u={r.total} />
        {r.deadline && (
          <View className='uh-card__meta training-admin-deadline'>计划完成期限：{chinaDate(r.deadline)}</View>
        )}
        {r.children.map((c) => (
          <UnitRow key={c.unitId} u={c} onOpen={() => onOpen(c.unitId)} />
        ))}
      </View>
      <View className='uh-section training-admin-hub__actions'>
        <Button className='uh-btn' disabled={busy || r.behind.total === 0 || undefined} onClick={() => void remind()}>
          提醒未完成人员（{r.behind.total}）
        </Button>
        <View className='training-admin-links'>
          <Button
            className='uh-btn uh-btn--ghost'
            disabled={busy || undefined}
            onClick={() => void exportWith('exportLedger')}
          >
            导出学时台账
          </Button>
          <Button
            className='uh-btn uh-btn--ghost'
            disabled={busy || undefined}
            onClick={() => void exportWith('exportCompletion')}
          >
            导出完成情况
          </Button>
        </View>
      </View>
      <View className='uh-section'>
        <View className='uh-section__title'>
          <Text>未完成人员</Text>
          <Text className='uh-muted'>按差额从多到少</Text>
        </View>
        {r.behind.items.length === 0 && <View className='uh-empty'>全部完成</View>}
        {r.behind.items.map((m) => (
          <View key={m.openid} className='uh-card training-admin-hub__behind'>
            <View className='uh-row'>
              <Text>
                {m.name} · {ROLE_LABELS[m.role]}
              </Text>
              <Text className='uh-danger'>差{hoursText(m.leftTotal)}学时</Text>
            </View>
            <View className='uh-card__meta'>
              {m.unitName} ·{' '}
              {STUDY_SUBJECTS.filter((s) => m.left[s] > 0)
                .map((s) => `${STUDY_SUBJECT_LABELS[s]}${hoursText(m.left[s])}`)
                .join('、')}
            </View>
          </View>
        ))}
        {pages > 1 && (
          <Pager className='uh-row' page={page} pages={pages} onPage={onPage}>
            {page}/{pages}
          </Pager>
        )}
      </View>
    </>
  );
}
