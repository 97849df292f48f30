import { DEMO_UNITS, PERSONAS, demoMembers, unitPathOf, type DemoPerson } from './union';
import { insertAll, type SeedDb } from './db';

/** Units, the personas (all but the unregistered newcomer) and the other demo members. */
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
  const people: DemoPerson[] = [...Object.values(PERSONAS), ...demoMembers()].filter((p) => !('unregistered' in p && p.unregistered));
  await insertAll(
    db,
    'members',
    people.map((p) => ({
      _id: p.openid,
      name: p.name,
      employeeNo: p.employeeNo,
      phone: p.phone,
      unitId: p.unitId,
      unitPath: unitPathOf(p.unitId),
      role: p.role,
      status: 'verified',
      largeText: false,
      createdAt: now,
      updatedAt: now,
      verifiedAt: now,
      verifiedBy: PERSONAS.admin.openid,
    })),
  );
}
