import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { registrationIdOf } from '../repos/docs';
import { leave } from '../cancel';
import { kickNotices } from '../notices';
import { toMyRegistration } from '../views';

/**
 * The member's own registration only (its id comes from their OPENID), until its cancel deadline.
 * A repeated cancel changes nothing and answers the same. Whoever takes the place is told by the
 * chained sender; the promise is already stored with the promotion.
 */
export const cancel: Handler<typeof eventContract.cancel> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const out = await leave({
    eventId,
    registrationId: registrationIdOf(eventId, member._id),
    to: 'cancelled',
    now: ctx.now,
    by: member._id,
    reason: null,
    memberCancel: true,
  });
  await kickNotices(out.promoted.map((w) => w._id));
  return toMyRegistration(out.registration, null);
};
