import { OWN_EVENTS_ONLY } from '../authority';
import { mustManage } from '../../lib/authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { findEvent } from '../repos/events';
import { listEventRegistrations } from '../repos/registrations';
import { toRow } from '../views';

export const registrations: Handler<typeof eventContract.registrations> = async ({ eventId, state, page, pageSize }, ctx) => {
  const member = ctx.member;
  const event = await findEvent(eventId);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  mustManage(member, event.ownerUnitPath, OWN_EVENTS_ONLY);
  const { items, total } = await listEventRegistrations(eventId, state, (page - 1) * pageSize, pageSize);
  return { items: items.map((r) => toRow(r, event.seats)), total, page, pageSize };
};
