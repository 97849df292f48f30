import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { signUp as signUpFor } from '../signup';
import { toMyRegistration } from '../views';

/** Confirmed while places remain, then waitlisted, else FULL; CLOSED outside the window; twice = the same registration. */
export const signUp: Handler<typeof eventContract.signUp> = async ({ eventId, answers }, ctx) => {
  const { registration, position } = await signUpFor(eventId, ctx.member, answers, ctx.now);
  return toMyRegistration(registration, position);
};
