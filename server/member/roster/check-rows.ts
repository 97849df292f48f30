/**
 * The roster's import plan for the sheet kit (server/sheets): the columns of a roster sheet and
 * how its rows are judged: field formats (the rules of the registration form, so a padded `王　芳`
 * is stored as the 王芳 the member will type), the unit by code or by its exact name (known, active,
 * within the importer's subtree), numbers repeated in the file (all copies refused: which is right
 * is for the office to say), and what the members collection adds.
 */
import type { Actor } from '../../../domain/rules/authority';
import { canManageUnit } from '../../../domain/rules/authority';
import {
  employeeNoProblem,
  nameProblem,
  normaliseEmployeeNo,
  normaliseName,
  normalisePhone,
  phoneProblem,
} from '../../../domain/rules/member-fields';
import { cleanCode, cleanText, cleanWord } from '../../../domain/rules/sheet-text';
import type { ImportPlan, RowVerdict } from '../../sheets/flow';
import type { SheetLayout } from '../../sheets/header';
import type { SheetRow } from '../../sheets/read';
import type { MemberDoc } from '../repos/members';
import type { UnitDoc } from '../repos/units';

export type RosterField = 'name' | 'employeeNo' | 'phone' | 'unitCode' | 'unitName';

export const MAX_ROSTER_ROWS = 5000;

export const ROSTER_LAYOUT: SheetLayout<RosterField> = {
  what: '名册',
  fields: [
    { key: 'name', label: '姓名', names: ['名字', '职工姓名', '员工姓名', '会员姓名', '人员姓名', 'name'] },
    {
      key: 'employeeNo',
      label: '工号',
      names: [
        '员工编号',
        '职工编号',
        '员工号',
        '职工号',
        '人员编号',
        '工作证号',
        'employeeno',
        'employee no',
        'employee_no',
      ],
    },
    {
      key: 'phone',
      label: '手机号',
      names: ['手机', '手机号码', '联系电话', '电话', '电话号码', '联系方式', '移动电话', 'phone', 'mobile'],
    },
    {
      key: 'unitCode',
      label: '单位编码',
      names: ['单位代码', '组织编码', '工会编码', 'unitcode', 'unit code', 'unit_code'],
    },
    {
      key: 'unitName',
      label: '单位名称',
      names: ['单位', '所在单位', '所属单位', '工会名称', '所在工会', '所属工会', '基层工会', '所在基层工会', '部门'],
    },
  ],
  required: () => [
    { label: '姓名', anyOf: ['name'] },
    { label: '工号', anyOf: ['employeeNo'] },
    { label: '手机号', anyOf: ['phone'] },
    { label: '单位编码或单位名称', anyOf: ['unitCode', 'unitName'] },
  ],
};

/** A good roster row: normalised values, its unit, and the pending registration it verifies. */
export interface RosterEntry {
  name: string;
  employeeNo: string;
  phone: string;
  unit: UnitDoc;
  /** A registered, still-pending member with this number, name and WeChat-proven phone: verified by the import. */
  pending: MemberDoc | null;
}

const labelOf = (r: SheetRow<RosterField>): string =>
  [normaliseName(r.cells.name), normaliseEmployeeNo(r.cells.employeeNo)].filter(Boolean).join(' ');

/** Unit names compared as typed, minus spacing and width. */
const nameKey = (s: string): string => cleanWord(s);

function unitOf(r: SheetRow<RosterField>, units: UnitDoc[]): { unit: UnitDoc | null; reason: string | null } {
  const code = cleanCode(r.cells.unitCode);
  const name = cleanText(r.cells.unitName);
  const byCode = (c: string) => units.find((u) => u.code.toUpperCase() === c) ?? null;
  if (code) {
    const unit = byCode(code);
    if (!unit) return { unit: null, reason: `未知的单位编码：${code}` };
    if (name && nameKey(unit.name) !== nameKey(name) && byCode(cleanCode(name)) !== unit) {
      return { unit: null, reason: `单位编码${code}是“${unit.name}”，与单位名称“${name}”不一致` };
    }
    return { unit, reason: null };
  }
  if (!name) return { unit: null, reason: '缺少单位（请填写单位编码或单位名称）' };
  const named = units.filter((u) => nameKey(u.name) === nameKey(name));
  const active = named.filter((u) => !u.retired);
  if (active.length > 1) return { unit: null, reason: `有${active.length}个单位都叫“${name}”，请改填单位编码` };
  if (active.length === 1 || named.length === 1) return { unit: active[0] ?? named[0], reason: null };
  // A code typed into the 单位 column is still a code.
  const asCode = byCode(cleanCode(name));
  return asCode
    ? { unit: asCode, reason: null }
    : { unit: null, reason: `未知的单位：${name}（应为单位编码或系统中的单位全称）` };
}

type Checked = { r: SheetRow<RosterField>; verdict: RowVerdict<RosterEntry> };

/** Everything the file alone can tell, row by row. */
export function checkRows(rows: readonly SheetRow<RosterField>[], units: UnitDoc[], actor: Actor): Checked[] {
  const checked = rows.map((r): Checked => {
    const name = normaliseName(r.cells.name);
    const employeeNo = normaliseEmployeeNo(r.cells.employeeNo);
    const phone = normalisePhone(r.cells.phone);
    const reasons = [nameProblem(name), employeeNoProblem(employeeNo), phoneProblem(phone)].filter(
      (p): p is string => p !== null,
    );
    const warnings: string[] = [];
    if (name && name !== r.cells.name.trim()) warnings.push(`姓名“${r.cells.name.trim()}”按“${name}”导入`);
    if (employeeNo && employeeNo !== r.cells.employeeNo.trim().toUpperCase())
      warnings.push(`工号“${r.cells.employeeNo.trim()}”按“${employeeNo}”导入`);
    const { unit, reason } = unitOf(r, units);
    if (reason) reasons.push(reason);
    else if (unit!.retired) reasons.push(`单位已撤销：${unit!.name}（${unit!.code}）`);
    else if (!canManageUnit(actor, unit!.path)) reasons.push(`单位不在您的管理范围内：${unit!.code}`);
    const value = reasons.length ? null : { name, employeeNo, phone, unit: unit!, pending: null };
    return { r, verdict: { label: labelOf(r), value, reasons, warnings } };
  });

  const rowsByNumber = new Map<string, SheetRow<RosterField>[]>();
  for (const c of checked) {
    const no = normaliseEmployeeNo(c.r.cells.employeeNo);
    if (no) rowsByNumber.set(no, [...(rowsByNumber.get(no) ?? []), c.r]);
  }
  for (const c of checked) {
    const others = (rowsByNumber.get(normaliseEmployeeNo(c.r.cells.employeeNo)) ?? []).filter((o) => o !== c.r);
    if (others.length === 0) continue;
    const where = others.map((o) => (o.sheet === c.r.sheet ? `第${o.row}行` : `「${o.sheet}」第${o.row}行`)).join('、');
    c.verdict.reasons.push(`工号在文件中重复（${where}）`);
    c.verdict.value = null;
  }
  return checked;
}

/**
 * What the members collection adds: a number that already belongs to a verified member with another
 * name or unit is refused (the roster would contradict the member's record; an organizer corrects
 * one or the other first). A verified member's phone may differ: members keep their own up to date.
 * Returns the pending registrations this row will verify: same number and name AND a phone WeChat
 * proved to be theirs that equals the row's. Name and number alone are no proof (anyone can read
 * them off a badge), so any other pending registration stays for an organizer.
 */
export function checkAgainstMembers(checked: Checked[], members: MemberDoc[]): void {
  const byNumber = new Map(members.filter((m) => m.status !== 'rejected').map((m) => [m.employeeNo, m]));
  for (const { verdict } of checked) {
    const v = verdict.value;
    if (!v) continue;
    const m = byNumber.get(v.employeeNo);
    if (!m) continue;
    if (m.status === 'verified') {
      const diffs = [m.name !== v.name ? '姓名' : '', m.unitId !== v.unit._id ? '单位' : ''].filter(Boolean);
      if (diffs.length) {
        verdict.reasons.push(`该工号已是会员，${diffs.join('和')}与会员资料不一致`);
        verdict.value = null;
      }
    } else if (m.status === 'pending' && m.name === v.name && m.phoneVerified === true && m.phone === v.phone) {
      v.pending = m;
    }
  }
}

export function rosterPlan(
  units: UnitDoc[],
  actor: Actor,
  membersOf: (numbers: string[]) => Promise<MemberDoc[]>,
): ImportPlan<RosterField, RosterEntry> {
  return {
    layout: ROSTER_LAYOUT,
    what: '名册',
    maxRows: MAX_ROSTER_ROWS,
    labelOf,
    judge: async (rows) => {
      const checked = checkRows(rows, units, actor);
      const numbers = [...new Set(checked.flatMap((c) => (c.verdict.value ? [c.verdict.value.employeeNo] : [])))];
      checkAgainstMembers(checked, await membersOf(numbers));
      return checked.map((c) => c.verdict);
    },
  };
}
