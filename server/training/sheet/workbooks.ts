/** The training exports as .xlsx: every ledger entry, and completion by unit and by member. */
import type { UnitRollupRow } from '../../../domain/contract/training-admin-model';
import { ROLE_LABELS } from '../../../domain/roles';
import { chinaStamp } from '../../../domain/rules/china-time';
import { completionOf } from '../../../domain/rules/training-progress';
import { STUDY_SOURCE_LABELS, STUDY_SUBJECTS, STUDY_SUBJECT_LABELS } from '../../../domain/rules/training-subjects';
import { UNIT_LEVEL_LABELS } from '../../../domain/rules/unit-tree';
import { newWorkbook, styleHeader, toBuffer } from '../../lib/sheets/workbook';
import { ms } from '../../lib/time';
import type { LedgerDoc } from '../repos/docs';
import type { MemberStanding } from '../rollup';

const pct = (v: number): string => `${Math.round(v * 1000) / 10}%`;

export interface LedgerRow {
  ledger: LedgerDoc;
  employeeNo: string;
  unitName: string;
}

export async function ledgerWorkbook(rows: LedgerRow[]): Promise<{ content: Buffer; count: number }> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('学时台账');
  sheet.columns = [
    { header: '姓名', key: 'name', width: 10 },
    { header: '工号', key: 'employeeNo', width: 12 },
    { header: '单位', key: 'unit', width: 20 },
    { header: '来源', key: 'source', width: 10 },
    { header: '项目', key: 'title', width: 30 },
    { header: '科目', key: 'subject', width: 14 },
    { header: '学时', key: 'hours', width: 8 },
    { header: '计入时间', key: 'at', width: 18 },
    { header: '凭据', key: 'proof', width: 30 },
  ];
  let count = 0;
  for (const r of rows) {
    for (const e of [...r.ledger.entries].sort((a, b) => ms(a.at) - ms(b.at))) {
      count += 1;
      sheet.addRow({
        name: r.ledger.name,
        employeeNo: r.employeeNo,
        unit: r.unitName,
        source: STUDY_SOURCE_LABELS[e.source],
        title: e.title,
        subject: STUDY_SUBJECT_LABELS[e.subject],
        hours: e.hours,
        at: chinaStamp(ms(e.at)),
        proof: e.proof,
      });
    }
  }
  styleHeader(sheet);
  return { content: await toBuffer(wb), count };
}

export async function completionWorkbook(
  units: UnitRollupRow[],
  members: MemberStanding[],
  unitName: (id: string) => string,
): Promise<Buffer> {
  const wb = newWorkbook();
  const byUnit = wb.addWorksheet('单位完成情况');
  byUnit.columns = [
    { header: '单位', key: 'name', width: 22 },
    { header: '级别', key: 'level', width: 8 },
    { header: '人数', key: 'members', width: 8 },
    { header: '已完成人数', key: 'done', width: 10 },
    { header: '应修学时', key: 'required', width: 10 },
    { header: '已修学时', key: 'counted', width: 10 },
    { header: '完成率', key: 'completion', width: 8 },
    ...STUDY_SUBJECTS.map((s) => ({ header: `${STUDY_SUBJECT_LABELS[s]}欠缺`, key: `left_${s}`, width: 14 })),
  ];
  for (const u of units) {
    byUnit.addRow({
      name: u.name,
      level: UNIT_LEVEL_LABELS[u.level],
      members: u.members,
      done: u.done,
      required: u.required,
      counted: u.counted,
      completion: pct(u.completion),
      ...Object.fromEntries(STUDY_SUBJECTS.map((s) => [`left_${s}`, u.left[s]])),
    });
  }
  styleHeader(byUnit);

  const people = wb.addWorksheet('人员明细');
  people.columns = [
    { header: '姓名', key: 'name', width: 10 },
    { header: '工号', key: 'employeeNo', width: 12 },
    { header: '单位', key: 'unit', width: 20 },
    { header: '身份', key: 'role', width: 10 },
    ...STUDY_SUBJECTS.flatMap((s) => [
      { header: `${STUDY_SUBJECT_LABELS[s]}应修`, key: `req_${s}`, width: 12 },
      { header: `${STUDY_SUBJECT_LABELS[s]}已修`, key: `got_${s}`, width: 12 },
    ]),
    { header: '完成率', key: 'completion', width: 8 },
    { header: '是否完成', key: 'done', width: 8 },
  ];
  for (const { trainee: t, standing: s } of members) {
    people.addRow({
      name: t.name,
      employeeNo: t.employeeNo,
      unit: t.unitNames?.[t.unitNames.length - 1] ?? unitName(t.unitId),
      role: ROLE_LABELS[t.role],
      ...Object.fromEntries(
        s.subjects.flatMap((x) => [
          [`req_${x.subject}`, x.required],
          [`got_${x.subject}`, x.earned],
        ]),
      ),
      completion: pct(completionOf(s)),
      done: s.done ? '已完成' : '未完成',
    });
  }
  styleHeader(people);
  return toBuffer(wb);
}
