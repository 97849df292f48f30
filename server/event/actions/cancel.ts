import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { canCancelAt } from '../../../domain/rules/event-window';
import { registrationIdOf, windowOf } from '../repos/docs';
import { leaveAtomically } from '../cancel';
import { notifyPromotions } from '../promotions';
import { toMyRegistration } from '../views';

/** The member's own registration only (its id comes from their OPENID); a second cancel changes nothing. */
export const cancel: Handler<typeof eventContract.cancel> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const out = await leaveAtomically({
    registrationId: registrationIdOf(eventId, member._id),
    to: 'cancelled',
    now,
    by: member._id,
    reason: null,
    check: (event) => {
      if (!canCancelAt(windowOf(event), now.getTime())) throw new AppError('CLOSED', '已过取消截止时间，如需取消请联系组织者');
    },
  });
  await notifyPromotions(out.event, out.promoted);
  return toMyRegistration(out.registration, out.seats);
};
