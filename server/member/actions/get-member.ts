import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { canManageUnit, type Actor } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { findMember, type MemberDoc } from '../repos/members';
import { findRosterRow } from '../repos/roster';
import { toDetail } from '../views';

/**
 * A member the actor manages. Anyone outside their subtree is NOT_FOUND, exactly like an id that
 * does not exist: an organizer learns nothing about members they do not manage, not even that the
 * id is one (the member area's one visibility rule).
 */
export async function managedMember(actor: Actor, id: string): Promise<MemberDoc> {
  const target = await findMember(id);
  if (!target || !canManageUnit(actor, target.unitPath)) throw new AppError('NOT_FOUND', '成员不存在');
  return target;
}

/** The one place an organizer sees a member's full phone: the member of a unit they manage, checked against the roster now. */
export const getMember: Handler<typeof memberContract.getMember> = async (input, ctx) => {
  const actor = ctx.member;
  const target = await managedMember(actor, input.id);
  return toDetail(target, actor, await findRosterRow(target.employeeNo));
};
