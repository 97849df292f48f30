import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { signUp as signUpFor } from '../signup';
import { kickNotices } from '../notices';
import { toMyRegistration } from '../views';

/** Confirmed while places remain, then waitlisted, else FULL; CLOSED outside the window; twice = the same registration. */
export const signUp: Handler<typeof eventContract.signUp> = async ({ eventId, answers }, ctx) => {
  const { registration, position, promoted } = await signUpFor(eventId, ctx.member, answers, ctx.now);
  await kickNotices((promoted ?? []).map((w) => w._id));
  return toMyRegistration(registration, position);
};
