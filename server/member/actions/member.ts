import { mustManage } from '../../lib/authority';
import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { findMember, type MemberDoc } from '../repos/members';
import { toDetail } from '../views';
import type { Actor } from '../../../domain/rules/authority';

/** A member the actor manages, or NOT_FOUND / FORBIDDEN. */
export async function managedMember(actor: Actor, id: string): Promise<MemberDoc> {
  const target = await findMember(id);
  if (!target) throw new AppError('NOT_FOUND', '成员不存在');
  mustManage(actor, target.unitPath, '该成员不在您的管理范围内');
  return target;
}

/** The one place an organizer sees a member's full phone: the member of a unit they manage. */
export const member: Handler<typeof memberContract.member> = async (input, ctx) => {
  const actor = ctx.member;
  return toDetail(await managedMember(actor, input.id), actor);
};
