/**
 * Crowds of verified members written straight into `members` through the real SDK (the rushes need
 * thousands; registering each through the member function would measure registration instead).
 * Spread over the demo's grassroots unions, shaped as the member repository stores them.
 */
import type { MemberDoc } from '../../server/member/repos/members';
import { DEMO_UNITS, unitPathOf } from '../../demo/union';
import type { SeedDb } from '../../demo/db';

const GRASSROOTS = DEMO_UNITS.filter((u) => u.level === 3).map((u) => u.id);
const unitName = (id: string) => DEMO_UNITS.find((u) => u.id === id)?.name ?? id;

export function benchOpenid(prefix: string, i: number): string {
  return `o-${prefix}-${String(i).padStart(5, '0')}`;
}

/** Writes `count` verified members (openids `o-<prefix>-00000`…) and returns their openids. */
export async function createMembers(
  db: SeedDb,
  prefix: string,
  count: number,
  role: MemberDoc['role'] = 'worker',
): Promise<string[]> {
  const now = new Date();
  const openids: string[] = [];
  const col = db.collection('members');
  const CONCURRENCY = 100;
  for (let start = 0; start < count; start += CONCURRENCY) {
    const batch: Promise<unknown>[] = [];
    for (let i = start; i < Math.min(count, start + CONCURRENCY); i++) {
      const openid = benchOpenid(prefix, i);
      const unitId = GRASSROOTS[i % GRASSROOTS.length];
      const path = unitPathOf(unitId);
      const doc: Omit<MemberDoc, '_id'> = {
        name: `压测${i}`,
        employeeNo: `B${prefix.slice(0, 3).toUpperCase()}${String(i).padStart(6, '0')}`,
        phone: `138${String(i).padStart(8, '0')}`,
        unitId,
        unitPath: path,
        unitNames: path.map(unitName),
        role,
        status: 'verified',
        largeText: false,
        createdAt: now,
        updatedAt: now,
        verifiedAt: now,
        verifiedBy: 'bench',
      };
      openids.push(openid);
      batch.push(col.doc(openid).set({ data: doc }) as Promise<unknown>);
    }
    await Promise.all(batch);
  }
  return openids;
}
