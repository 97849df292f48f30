import { Button, Picker, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PlanEditor } from '@domain/contract/training-admin-model';
import { chinaDate, chinaYear, fromPickerParts, pickerParts } from '@domain/rules/china-time';
import { audienceLabel, type PlanRow } from '@domain/rules/training-plan';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText, type StudySubject } from '@domain/rules/training-subjects';
import { call, messageOf } from '../../../api';
import { Screen } from '../../../components/screen';
import { useAction } from '../../../hooks/useAction';
import { useLoad } from '../../../hooks/useLoad';
import { useParam } from '../../../navigation';
import { TextBox } from '../../../components/Form';
import '../training-admin.scss';

type Cells = Record<string, Record<StudySubject, string>>;
const keyOf = (r: Pick<PlanRow, 'role' | 'level'>) => `${r.role}_${r.level}`;

/** A unit's yearly plan: hours per subject for each audience, never below what the plans above ask. */
export default function PlanPage() {
  const asked = Number(useParam('trainingPlan', 'year'));
  const year = Number.isInteger(asked) && asked > 2000 ? asked : chinaYear(Date.now());
  const [unitId, setUnitId] = useState<string>();
  const { data, error, loading, reload } = useLoad(
    () => call('trainingAdmin', 'getPlanEditor', { year, unitId }),
    [year, unitId],
    { refreshOnShow: false },
  );
  return (
    <Screen loading={loading && !data} error={error && messageOf(error)} onRetry={reload}>
      {data && (
        <Editor
          key={`${data.unit.id}_${data.plan?.updatedAt ?? 0}`}
          e={data}
          onUnit={setUnitId}
          onSaved={() => void reload()}
        />
      )}
    </Screen>
  );
}

function Editor({ e, onUnit, onSaved }: { e: PlanEditor; onUnit: (id: string) => void; onSaved: () => void }) {
  const start = (): Cells =>
    Object.fromEntries(
      e.inherited.rows.map((r) => {
        const own = e.plan?.rows.find((x) => keyOf(x) === keyOf(r));
        return [
          keyOf(r),
          Object.fromEntries(STUDY_SUBJECTS.map((s) => [s, hoursText((own ?? r).hours[s])])) as Record<
            StudySubject,
            string
          >,
        ];
      }),
    );
  const [cells, setCells] = useState<Cells>(start);
  const defaultDeadline = e.plan?.deadline ?? e.inherited.deadline ?? fromPickerParts(`${e.year}-12-31`, '23:59')!;
  const [date, setDate] = useState(pickerParts(defaultDeadline).date);
  // A dialog, not a toast: the reason for refusing can be long, and must be read.
  const { busy, run } = useAction({ dialog: '未能保存' });
  useEffect(() => setCells(start()), [e]); // eslint-disable-line react-hooks/exhaustive-deps

  const save = () => {
    const rows: PlanRow[] = e.inherited.rows.map((r) => ({
      role: r.role,
      level: r.level,
      hours: Object.fromEntries(
        STUDY_SUBJECTS.map((s) => [s, Math.round(Number(cells[keyOf(r)][s] || 0) * 2) / 2]),
      ) as PlanRow['hours'],
    }));
    return run(async () => {
      await call('trainingAdmin', 'savePlan', {
        year: e.year,
        unitId: e.unit.id,
        deadline: fromPickerParts(date, '23:59') ?? defaultDeadline,
        rows,
      });
      onSaved();
    }, '已保存');
  };

  return (
    <View className='uh-section'>
      <View className='training-admin-chips uh-field'>
        {e.units.map((u) => (
          <Text
            key={u.id}
            className={`training-admin-chip ${u.id === e.unit.id ? 'training-admin-chip--on' : ''}`}
            onClick={() => onUnit(u.id)}
          >
            {u.name}
          </Text>
        ))}
      </View>
      <View className='uh-card'>
        <View className='uh-card__title'>
          {e.unit.name} · {e.year}年度培训计划
        </View>
        <View className='uh-card__meta'>
          {e.inherited.fromUnits.length
            ? `继承自：${e.inherited.fromUnits.join('、')}（只能提高要求、提前期限）`
            : '本计划适用于本单位及全部下级单位'}
          {e.plan ? ` · ${e.plan.updatedByName}更新` : ' · 尚未制定'}
        </View>
        <View className='training-admin-grid__row uh-card__meta'>
          <Text className='training-admin-grid__label'>人员类别</Text>
          {STUDY_SUBJECTS.map((s) => (
            <Text key={s} className='training-admin-grid__cell'>
              {STUDY_SUBJECT_LABELS[s]}
            </Text>
          ))}
        </View>
        {e.inherited.rows.map((r) => (
          <View key={keyOf(r)} className='training-admin-grid__row'>
            <Text className='training-admin-grid__label'>{audienceLabel(r.role, r.level)}</Text>
            {STUDY_SUBJECTS.map((s) => (
              <View key={s} className='training-admin-grid__cell'>
                <TextBox
                  type='digit'
                  value={cells[keyOf(r)]?.[s] ?? ''}
                  onChange={(v) => setCells((all) => ({ ...all, [keyOf(r)]: { ...all[keyOf(r)], [s]: v } }))}
                  max={6}
                />
                {r.hours[s] > 0 && <View className='training-admin-grid__floor'>≥{hoursText(r.hours[s])}</View>}
              </View>
            ))}
          </View>
        ))}
        <View className='uh-row uh-field'>
          <Text>完成期限</Text>
          <Picker mode='date' value={date} onChange={(ev) => setDate(String(ev.detail.value))}>
            <View className='uh-input'>{chinaDate(fromPickerParts(date, '23:59') ?? defaultDeadline)}</View>
          </Picker>
        </View>
        {e.inherited.deadline && (
          <View className='uh-card__meta'>不能晚于上级期限 {chinaDate(e.inherited.deadline)}</View>
        )}
        <Button className='uh-btn' disabled={busy || undefined} onClick={() => void save()}>
          保存计划
        </Button>
      </View>
    </View>
  );
}
