import { mustManage } from '../../lib/authority';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { claimEmployeeNo, releaseEmployeeNo } from '../repos/employee-numbers';
import { patchMember, type MemberDoc } from '../repos/members';
import { loadUnits } from '../repos/units';
import { placeIn } from '../placement';
import { toDetail } from '../views';
import { managedMember } from './get-member';

/**
 * An organizer corrects a member's name, number or unit. A new unit must also be in the organizer's
 * subtree (they cannot hand a member to another brigade); a new number is claimed before the old
 * one is released, so a taken number is refused with nothing changed.
 */
export const updateMember: Handler<typeof memberContract.updateMember> = async (input, ctx) => {
  const actor = ctx.member;
  const target = await managedMember(actor, input.id);
  const change: Partial<MemberDoc> = { updatedAt: ctx.now };
  if (input.name !== undefined) change.name = input.name;
  if (input.unitId !== undefined && input.unitId !== target.unitId) {
    const place = placeIn(await loadUnits(), input.unitId);
    mustManage(actor, place.unitPath, '目标单位不在您的管理范围内');
    Object.assign(change, place);
  }
  const newNumber = input.employeeNo !== undefined && input.employeeNo !== target.employeeNo ? input.employeeNo : null;
  if (newNumber) {
    // A rejected registration holds no claim: only pending and verified members keep their number.
    if (target.status !== 'rejected') await claimEmployeeNo(newNumber, target._id, ctx.now);
    change.employeeNo = newNumber;
  }
  await patchMember(target._id, change);
  if (newNumber && target.status !== 'rejected') await releaseEmployeeNo(target.employeeNo, target._id);
  return toDetail({ ...target, ...change }, actor);
};
