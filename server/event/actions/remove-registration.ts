import { OWN_EVENTS_ONLY } from '../authority';
import { mustManage } from '../../lib/authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { isOver } from '../../../domain/rules/event-window';
import { scheduleOf } from '../repos/docs';
import { leaveAtomically } from '../cancel';
import { notifyPromotions } from '../promotions';
import { toRow } from '../views';

/** The member sees the reason on their registration; the freed place goes to the waitlist at once. */
export const removeRegistration: Handler<typeof eventContract.removeRegistration> = async ({ registrationId, reason }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const out = await leaveAtomically({
    registrationId,
    to: 'removed',
    now,
    by: member._id,
    reason,
    check: (event) => {
      mustManage(member, event.ownerUnitPath, OWN_EVENTS_ONLY);
      if (isOver(scheduleOf(event), now.getTime())) throw new AppError('CLOSED', '活动已结束，不能再移除报名');
    },
  });
  await notifyPromotions(out.event, out.promoted);
  return toRow(out.registration, out.seats);
};
