import { canManageUnit, type Actor } from '../../../domain/rules/authority';
import { employeeNoProblem, nameProblem, normaliseEmployeeNo, normaliseName, normalisePhone, phoneProblem } from '../../../domain/rules/member-fields';
import { normaliseUnitCode } from '../../../domain/rules/unit-tree';
import type { MemberDoc } from '../repos/members';
import type { UnitDoc } from '../repos/units';
import type { SheetRow } from './read-sheet';

/** A roster row after checking: normalised values, its unit, and every reason it cannot be imported. */
export interface CheckedRow {
  row: number;
  name: string;
  employeeNo: string;
  phone: string;
  unitCode: string;
  unit: UnitDoc | null;
  reasons: string[];
}

/**
 * Everything the file alone can tell: field formats (the same rules as the registration form),
 * unit codes (known, active, within the importer's subtree), and numbers repeated in the file (all
 * copies are refused: which one is right is for the office to say, not for us to guess).
 */
export function checkRows(rows: SheetRow[], units: UnitDoc[], actor: Actor): CheckedRow[] {
  const byCode = new Map(units.map((u) => [u.code.toUpperCase(), u]));
  const checked = rows.map((r): CheckedRow => {
    const name = normaliseName(r.name);
    const employeeNo = normaliseEmployeeNo(r.employeeNo);
    const phone = normalisePhone(r.phone);
    const unitCode = normaliseUnitCode(r.unitCode);
    const reasons: string[] = [];
    const bad = [nameProblem(name), employeeNoProblem(employeeNo), phoneProblem(phone)].filter((p): p is string => p !== null);
    reasons.push(...bad);
    const unit = unitCode ? byCode.get(unitCode) ?? null : null;
    if (!unitCode) reasons.push('缺少单位编码');
    else if (!unit) reasons.push(`未知的单位编码：${unitCode}`);
    else if (unit.retired) reasons.push(`单位已撤销：${unitCode}`);
    else if (!canManageUnit(actor, unit.path)) reasons.push(`单位不在您的管理范围内：${unitCode}`);
    return { row: r.row, name, employeeNo, phone, unitCode, unit, reasons };
  });

  const rowsByNumber = new Map<string, number[]>();
  for (const c of checked) {
    if (!c.employeeNo) continue;
    rowsByNumber.set(c.employeeNo, [...(rowsByNumber.get(c.employeeNo) ?? []), c.row]);
  }
  for (const c of checked) {
    const same = rowsByNumber.get(c.employeeNo) ?? [];
    if (same.length > 1) c.reasons.push(`工号在文件中重复（第${same.filter((n) => n !== c.row).join('、')}行）`);
  }
  return checked;
}

/**
 * What the members collection adds: a number that already belongs to a verified member with another
 * name or unit is refused (the roster would contradict the member's record; an organizer corrects
 * one or the other first). Phones may differ: members keep their own phone up to date.
 * Returns the pending registrations this row will verify (same number and name).
 */
export function checkAgainstMembers(rows: CheckedRow[], members: MemberDoc[]): MemberDoc[] {
  const byNumber = new Map(members.filter((m) => m.status !== 'rejected').map((m) => [m.employeeNo, m]));
  const toVerify: MemberDoc[] = [];
  for (const r of rows) {
    if (r.reasons.length > 0) continue;
    const m = byNumber.get(r.employeeNo);
    if (!m) continue;
    if (m.status === 'verified') {
      const diffs = [m.name !== r.name ? '姓名' : '', m.unitId !== r.unit?._id ? '单位' : ''].filter(Boolean);
      if (diffs.length) r.reasons.push(`该工号已是会员，${diffs.join('和')}与会员资料不一致`);
    } else if (m.status === 'pending' && m.name === r.name) {
      toVerify.push(m);
    }
  }
  return toVerify;
}
