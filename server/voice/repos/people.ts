/** The organizers a request concerns: those of one union (escalation notices) and colleagues to assign to. */
import { collection, command } from '../../lib/collection';
import { rows } from '../../lib/results';
import type { MemberDoc } from '../../member/repos/members';

export type Person = Pick<MemberDoc, '_id' | 'name' | 'unitId' | 'unitPath' | 'unitNames' | 'role'>;
const FIELDS = { name: true, unitId: true, unitPath: true, unitNames: true, role: true } as const;

/** Verified organizers and admins sitting in exactly this unit (its office staff). */
export async function organizersOf(unitId: string): Promise<Person[]> {
  return rows<Person>(
    await collection('members')
      .where({ unitId, status: 'verified', role: command().in(['organizer', 'admin']) })
      .limit(50)
      .field(FIELDS)
      .get(),
  );
}

/** Verified organizers and admins of the unions on a path: everyone who may handle a request there. */
export async function organizersOver(unitPath: string[]): Promise<Person[]> {
  return rows<Person>(
    await collection('members')
      .where({ unitId: command().in(unitPath), status: 'verified', role: command().in(['organizer', 'admin']) })
      .limit(100)
      .field(FIELDS)
      .get(),
  );
}
