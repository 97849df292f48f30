import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf, type DemoPerson } from './union';
import { insertAll, type SeedDb } from './db';
import type { MemberDoc } from '../server/member/repos/members';

/**
 * Registrations waiting for approval, so the approvals page has work on first run: two in the first
 * brigade (for 李秀兰), one in the second (for 赵志强). Not on the roster, like the newcomer.
 */
export const DEMO_PENDING: DemoPerson[] = [
  {
    openid: 'o-pending-zhou',
    name: '周晓梅',
    employeeNo: 'QH10201',
    phone: '13905460201',
    unitId: 'u-grass-1',
    role: 'worker',
  },
  {
    openid: 'o-pending-wu',
    name: '吴海波',
    employeeNo: 'QH10202',
    phone: '13905460202',
    unitId: 'u-grass-2',
    role: 'worker',
  },
  {
    openid: 'o-pending-zheng',
    name: '郑丽华',
    employeeNo: 'QH10203',
    phone: '13905460203',
    unitId: 'u-grass-3',
    role: 'worker',
  },
];

const unitNamesOf = (unitId: string): string[] =>
  unitPathOf(unitId).map((id) => DEMO_UNITS.find((u) => u.id === id)?.name ?? id);
const codeOf = (unitId: string): string => DEMO_UNITS.find((u) => u.id === unitId)?.code ?? '';

/** The verified demo members: every persona but the unregistered newcomer, and the other demo members. */
export function verifiedDemoPeople(): DemoPerson[] {
  return [...Object.values(PERSONAS), ...demoMembers()].filter((p: DemoPerson) => !p.unregistered);
}

/** A demo person's member document as registration and approval would have left it. */
export function demoMemberDoc(p: DemoPerson, status: 'verified' | 'pending', submittedAt: Date, now: Date): MemberDoc {
  return {
    _id: p.openid,
    name: p.name,
    employeeNo: p.employeeNo,
    phone: p.phone,
    unitId: p.unitId,
    unitPath: unitPathOf(p.unitId),
    unitNames: unitNamesOf(p.unitId),
    role: p.role,
    status,
    rosterMatched: status === 'verified',
    largeText: false,
    createdAt: submittedAt,
    updatedAt: now,
    submittedAt,
    ...(status === 'verified' ? { verifiedAt: now, verifiedBy: PERSONAS.admin.openid } : {}),
  };
}

/**
 * Units; the verified members; the pending registrations; each member's employee-number claim;
 * and the union's roster (the verified members' rows: the newcomer and the pending registrants are
 * not on it, so their registrations need an organizer).
 */
export async function seedMembers(db: SeedDb, now: Date): Promise<void> {
  await insertAll(
    db,
    'units',
    DEMO_UNITS.map((u) => ({
      _id: u.id,
      code: u.code,
      name: u.name,
      parentId: u.parentId,
      level: u.level,
      path: unitPathOf(u.id),
      retired: false,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const verified = verifiedDemoPeople();
  const submitted = new Date(now.getTime() - 2 * 24 * 3600 * 1000);
  await insertAll(db, 'members', [
    ...verified.map((p) => demoMemberDoc(p, 'verified', submitted, now)),
    ...DEMO_PENDING.map((p, i) => demoMemberDoc(p, 'pending', new Date(submitted.getTime() + (i + 1) * 3600_000), now)),
  ]);
  await insertAll(
    db,
    'employee_numbers',
    [...verified, ...DEMO_PENDING].map((p) => ({ _id: p.employeeNo, openid: p.openid, claimedAt: submitted })),
  );
  await insertAll(
    db,
    'roster',
    verified.map((p) => ({
      _id: p.employeeNo,
      name: p.name,
      phone: p.phone,
      unitId: p.unitId,
      unitCode: codeOf(p.unitId),
      importedAt: submitted,
      importedBy: PERSONAS.admin.openid,
    })),
  );
}
