/**
 * The members a rollup or a reminder covers: every verified member of a subtree, with only the
 * fields they need, paged by 1000 (WeChat's largest page).
 */
import type { MemberDoc } from '../../member/repos/members';
import { collection } from '../../lib/collection';
import { rows } from '../../lib/results';

export type Trainee = Pick<MemberDoc, '_id' | 'name' | 'employeeNo' | 'unitId' | 'unitPath' | 'unitNames' | 'role'>;

const FIELDS = { name: true, employeeNo: true, unitId: true, unitPath: true, unitNames: true, role: true } as const;
const PAGE = 1000;

export async function traineesUnder(unitId: string | null): Promise<Trainee[]> {
  const where: Record<string, unknown> = { status: 'verified' };
  if (unitId) where.unitPath = unitId;
  const out: Trainee[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = rows<Trainee>(
      await collection('members').where(where).orderBy('_id', 'asc').skip(skip).limit(PAGE).field(FIELDS).get(),
    );
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}
