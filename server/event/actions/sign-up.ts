import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { signUpAtomically } from '../signup';
import { toMyRegistration } from '../views';

/** Confirmed while places remain, then waitlisted, else FULL; CLOSED outside the window; twice = the same registration. */
export const signUp: Handler<typeof eventContract.signUp> = async ({ eventId, answers }, ctx) => {
  const member = ctx.member;
  const { registration, seats } = await signUpAtomically(eventId, member, answers, ctx.now);
  return toMyRegistration(registration, seats);
};
