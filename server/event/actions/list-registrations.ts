import { mustManageEvent } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { findEvent } from '../repos/events';
import { listEventRegistrations } from '../repos/registrations';
import { linePositions } from '../repos/waitlist';
import { deliverNotices } from '../notices';
import { recountIfQuiet } from '../repair';
import { toRow } from '../views';

/**
 * An event's registrations for its organizer, with places in line (one read of the line when the
 * page shows anyone waiting). Also a sender: messages the event's registrations still owe are sent.
 */
export const listRegistrations: Handler<typeof eventContract.listRegistrations> = async (
  { eventId, state, page, pageSize },
  ctx,
) => {
  const member = ctx.member;
  const event = await findEvent(eventId);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  mustManageEvent(member, event);
  const { items, total } = await listEventRegistrations(eventId, state, (page - 1) * pageSize, pageSize);
  const [positions] = await Promise.all([
    items.some((r) => r.state === 'waitlisted') ? linePositions(eventId) : Promise.resolve(new Map<string, number>()),
    deliverNotices({ eventId }, ctx.now),
    recountIfQuiet(event, ctx.now),
  ]);
  return { items: items.map((r) => toRow(r, positions.get(r._id) ?? null)), total, page, pageSize };
};
