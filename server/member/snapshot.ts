/**
 * A member as another document copies them at the moment of an act (a sign-up, a 心得): rosters,
 * reviews and exports then read one document per row, never the member as well. The copy keeps
 * who they were then; a later move to another unit does not rewrite history.
 */
import type { MemberDoc } from './repos/members';

export interface MemberSnapshot {
  name: string;
  employeeNo: string;
  unitId: string;
  unitPath: string[];
  /** The member's own unit (the last of the trail of names stored on the member). */
  unitName: string;
}

/** The name of the member's own unit, when the member carries the trail of names. */
export const ownUnitName = (m: Pick<MemberDoc, 'unitNames'>): string | undefined =>
  m.unitNames?.[m.unitNames.length - 1];

export const snapshotOf = (m: MemberDoc): MemberSnapshot => ({
  name: m.name,
  employeeNo: m.employeeNo,
  unitId: m.unitId,
  unitPath: m.unitPath,
  unitName: ownUnitName(m) ?? '',
});
