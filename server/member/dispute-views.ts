import type { DisputeView } from '../../domain/contract/member';
import { maskPhone } from '../../domain/rules/masking';
import { rosterCheckOf } from '../../domain/rules/roster-check';
import { trailOf as unitTrailOf } from '../../domain/rules/unit-tree';
import type { DisputeDoc } from './repos/disputes';
import type { MemberDoc } from './repos/members';
import type { RosterDoc } from './repos/roster';
import type { UnitDoc } from './repos/units';
import { liveRosterCheck, toUnitView } from './views';

/**
 * Both sides of a dispute as the organizer weighs them: each against the roster as it is now (a
 * WeChat-proven phone equal to the roster's is the strongest evidence), phones masked.
 */
export function disputeView(
  d: DisputeDoc,
  holder: MemberDoc | null,
  row: RosterDoc | null,
  units: UnitDoc[],
): DisputeView {
  const tree = units.map(toUnitView);
  const nameOf = (id: string) => units.find((u) => u._id === id)?.name ?? '';
  return {
    id: d._id,
    employeeNo: d.employeeNo,
    state: d.state,
    createdAt: new Date(d.createdAt).getTime(),
    claimant: {
      name: d.profile.name,
      phone: maskPhone(d.profile.phone),
      unitTrail: unitTrailOf(tree, d.profile.unitId),
      rosterCheck: rosterCheckOf(row, { name: d.profile.name, provenPhone: d.phoneVerified ? d.profile.phone : null }),
      phoneVerified: d.phoneVerified,
    },
    holder:
      holder && holder.employeeNo === d.employeeNo
        ? {
            id: holder._id,
            name: holder.name,
            phone: maskPhone(holder.phone),
            status: holder.status,
            rosterCheck: liveRosterCheck(holder, row),
            phoneVerified: holder.phoneVerified === true,
          }
        : null,
    roster: row ? { name: row.name, phone: maskPhone(row.phone), unitName: nameOf(row.unitId) } : null,
  };
}
