import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { requireMember } from '../../lib/context';
import { findEvent } from '../repos/events';
import { listEventRegistrations } from '../repos/registrations';
import { assertManages } from '../authority';
import { toRow } from '../views';

export const registrations: Handler<typeof eventContract.registrations> = async ({ eventId, state, page, pageSize }, ctx) => {
  const member = requireMember(ctx);
  const event = await findEvent(eventId);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  assertManages(member, event);
  const { items, total } = await listEventRegistrations(eventId, state, (page - 1) * pageSize, pageSize);
  return { items: items.map((r) => toRow(r, event.seats)), total, page, pageSize };
};
