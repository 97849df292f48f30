import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { updateMember, type MemberDoc } from '../repos/members';
import { toSelfView } from '../views';

/** What a member may change about themself: their phone and 关怀模式. Name, number and unit go through an organizer. */
export const updateProfile: Handler<typeof memberContract.updateProfile> = async (input, ctx) => {
  const m = ctx.member;
  const change: Partial<MemberDoc> = { updatedAt: ctx.now };
  if (input.phone !== undefined) change.phone = input.phone;
  if (input.largeText !== undefined) change.largeText = input.largeText;
  await updateMember(m._id, change);
  return toSelfView({ ...m, ...change });
};
