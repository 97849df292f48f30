/** The training exports as .xlsx: every ledger entry, and completion by unit and by member. */
import type { UnitRollupRow } from '../../../domain/contract/training-admin-model';
import { ROLE_LABELS } from '../../../domain/roles';
import { chinaStamp } from '../../../domain/rules/china-time';
import { completionOf } from '../../../domain/rules/training-progress';
import {
  STUDY_SOURCE_LABELS,
  STUDY_SUBJECTS,
  STUDY_SUBJECT_LABELS,
  type StudySubject,
} from '../../../domain/rules/training-subjects';
import { UNIT_LEVEL_LABELS } from '../../../domain/rules/unit-tree';
import { sheet, writeWorkbook } from '../../sheets/write';
import { ms } from '../../lib/time';
import type { LedgerDoc } from '../repos/docs';
import type { MemberStanding } from '../rollup';
import { ownUnitName } from '../../member/snapshot';

const pct = (v: number): string => `${Math.round(v * 1000) / 10}%`;

export interface LedgerRow {
  ledger: LedgerDoc;
  employeeNo: string;
  unitName: string;
}

export async function ledgerWorkbook(rows: LedgerRow[]): Promise<{ content: Buffer; count: number }> {
  const entries = rows.flatMap((r) =>
    [...r.ledger.entries].sort((a, b) => ms(a.at) - ms(b.at)).map((e) => ({ ...r, e })),
  );
  const content = await writeWorkbook([
    sheet({
      name: '学时台账',
      columns: [
        { header: '姓名', width: 10, value: (r) => r.ledger.name },
        { header: '工号', width: 12, value: (r) => r.employeeNo },
        { header: '单位', width: 20, value: (r) => r.unitName },
        { header: '来源', width: 10, value: (r) => STUDY_SOURCE_LABELS[r.e.source] },
        { header: '项目', width: 30, value: (r) => r.e.title },
        { header: '科目', width: 14, value: (r) => STUDY_SUBJECT_LABELS[r.e.subject] },
        { header: '学时', width: 8, value: (r) => r.e.hours },
        { header: '计入时间', width: 18, value: (r) => chinaStamp(ms(r.e.at)) },
        { header: '凭据', width: 30, value: (r) => r.e.proof },
      ],
      rows: entries,
    }),
  ]);
  return { content, count: entries.length };
}

export function completionWorkbook(
  units: UnitRollupRow[],
  members: MemberStanding[],
  unitName: (id: string) => string,
): Promise<Buffer> {
  const bySubject = (s: MemberStanding['standing'], subject: StudySubject) =>
    s.subjects.find((x) => x.subject === subject);
  return writeWorkbook([
    sheet({
      name: '单位完成情况',
      columns: [
        { header: '单位', width: 22, value: (u) => u.name },
        { header: '级别', width: 8, value: (u) => UNIT_LEVEL_LABELS[u.level] },
        { header: '人数', width: 8, value: (u) => u.members },
        { header: '已完成人数', width: 10, value: (u) => u.done },
        { header: '应修学时', width: 10, value: (u) => u.required },
        { header: '已修学时', width: 10, value: (u) => u.counted },
        { header: '完成率', width: 8, value: (u) => pct(u.completion) },
        ...STUDY_SUBJECTS.map((s) => ({
          header: `${STUDY_SUBJECT_LABELS[s]}欠缺`,
          width: 14,
          value: (u: UnitRollupRow) => u.left[s],
        })),
      ],
      rows: units,
    }),
    sheet({
      name: '人员明细',
      columns: [
        { header: '姓名', width: 10, value: (m) => m.trainee.name },
        { header: '工号', width: 12, value: (m) => m.trainee.employeeNo },
        {
          header: '单位',
          width: 20,
          value: ({ trainee: t }) => ownUnitName(t) ?? unitName(t.unitId),
        },
        { header: '身份', width: 10, value: (m) => ROLE_LABELS[m.trainee.role] },
        ...STUDY_SUBJECTS.flatMap((s) => [
          {
            header: `${STUDY_SUBJECT_LABELS[s]}应修`,
            width: 12,
            value: (m: MemberStanding) => bySubject(m.standing, s)?.required,
          },
          {
            header: `${STUDY_SUBJECT_LABELS[s]}已修`,
            width: 12,
            value: (m: MemberStanding) => bySubject(m.standing, s)?.earned,
          },
        ]),
        { header: '完成率', width: 8, value: (m) => pct(completionOf(m.standing)) },
        { header: '是否完成', width: 8, value: (m) => (m.standing.done ? '已完成' : '未完成') },
      ],
      rows: members,
    }),
  ]);
}
