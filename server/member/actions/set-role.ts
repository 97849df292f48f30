import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { roleChangeProblem } from '../../../domain/rules/role-grants';
import type { Handler } from '../../lib/dispatch';
import { patchMember } from '../repos/members';
import { toListItem } from '../views';
import { managedMember } from './get-member';

/** Organizers: worker ↔ cadre inside their subtree; admins: any role anywhere; nobody their own. */
export const setRole: Handler<typeof memberContract.setRole> = async (input, ctx) => {
  const actor = ctx.member;
  const target = await managedMember(actor, input.id);
  if (target.status !== 'verified') throw new AppError('CONFLICT', '只能调整已认证会员的角色');
  const problem = roleChangeProblem(
    { id: actor._id, role: actor.role },
    { id: target._id, role: target.role },
    input.role,
  );
  if (problem) throw new AppError('FORBIDDEN', problem);
  if (target.role === input.role) return toListItem(target);
  const change = { role: input.role, updatedAt: ctx.now };
  await patchMember(target._id, change);
  return toListItem({ ...target, ...change });
};
