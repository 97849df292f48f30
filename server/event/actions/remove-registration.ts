import { mustManageEvent } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { isOver } from '../../../domain/rules/event-window';
import { eventIdOfRegistration, scheduleOf } from '../repos/docs';
import { findEvent } from '../repos/events';
import { leave } from '../cancel';
import { kickNotices } from '../notices';
import { toRow } from '../views';

/** The member is told why (in-app) and sees the reason on their registration; the freed place goes to the waitlist at once. */
export const removeRegistration: Handler<typeof eventContract.removeRegistration> = async (
  { registrationId, reason },
  ctx,
) => {
  const member = ctx.member;
  const now = ctx.now;
  const eventId = eventIdOfRegistration(registrationId);
  const event = await findEvent(eventId);
  if (!event) throw new AppError('NOT_FOUND', '报名记录不存在');
  mustManageEvent(member, event);
  if (isOver(scheduleOf(event), now.getTime())) throw new AppError('CLOSED', '活动已结束，不能再移除报名');
  const out = await leave({ eventId, registrationId, to: 'removed', now, by: member._id, reason, event });
  await kickNotices([...(out.changed ? [registrationId] : []), ...out.promoted.map((w) => w._id)]);
  return toRow(out.registration, null);
};
