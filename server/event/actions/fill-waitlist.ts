import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { fillIfStuck } from '../handoff';
import { kickNotices } from '../notices';
import { findEvent } from '../repos/events';

/**
 * Chained by a filler that ran out of time (system access: no member may call it). It fills only
 * if places are still free for the line and no other filler holds the lease; the promoted are told.
 */
export const fillWaitlist: Handler<typeof eventContract.fillWaitlist> = async ({ eventId }, ctx) => {
  const event = await findEvent(eventId);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  const promoted = await fillIfStuck(event, ctx.now);
  await kickNotices(promoted.map((w) => w._id));
  return { promoted: promoted.length };
};
