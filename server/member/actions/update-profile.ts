import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { patchMember, type MemberDoc } from '../repos/members';
import { toSelfView } from '../views';

/** What a member may change about themself: their phone and 关怀模式. Name, number and unit go through an organizer. */
export const updateProfile: Handler<typeof memberContract.updateProfile> = async (input, ctx) => {
  const m = ctx.member;
  const change: Partial<MemberDoc> = { updatedAt: ctx.now };
  // A typed phone is no longer the one WeChat proved: a later roster match will not trust it.
  if (input.phone !== undefined && input.phone !== m.phone)
    Object.assign(change, { phone: input.phone, phoneVerified: false });
  if (input.largeText !== undefined) change.largeText = input.largeText;
  await patchMember(m._id, change);
  return toSelfView({ ...m, ...change });
};
