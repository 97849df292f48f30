import type { voiceContract } from '../../../domain/contract/voice';
import type { QueueFilter } from '../../../domain/contract/voice-model';
import { AppError } from '../../../domain/errors';
import { canManageUnit, managedRoot } from '../../../domain/rules/authority';
import type { VoiceStatus } from '../../../domain/rules/voice-request';
import type { Handler } from '../../lib/dispatch';
import { loadQueue } from '../repos/requests';
import { settleAll } from '../settle';
import { managedUnits, toOption } from '../units';
import { toQueueRow } from '../views';

const PAGE = 20;

const STATUSES: Record<QueueFilter, VoiceStatus[]> = {
  open: ['submitted', 'accepted', 'processing'],
  overdue: ['submitted', 'accepted', 'processing'],
  answered: ['answered', 'rated'],
  closed: ['closed'],
  all: ['submitted', 'accepted', 'processing', 'answered', 'rated', 'closed'],
};

/**
 * The organizer's queue: requests of their subtree (or one unit of it), waiting ones most urgent
 * first. Member + the page (+ the unit list on page 1): 2-3 requests; overdue rows escalate as read.
 */
export const listQueue: Handler<typeof voiceContract.listQueue> = async (
  { filter, unitId, assignedToMe, page },
  ctx,
) => {
  const actor = ctx.member;
  const units = page === 1 || unitId ? await managedUnits(actor) : [];
  let under = managedRoot(actor);
  if (unitId) {
    const unit = units.find((u) => u._id === unitId);
    if (!unit || !canManageUnit(actor, unit.path)) throw new AppError('NOT_FOUND', '单位不存在');
    under = unitId;
  }
  const waiting = filter === 'open' || filter === 'overdue';
  const found = await loadQueue(
    {
      under,
      statuses: STATUSES[filter],
      byDue: waiting,
      ...(filter === 'overdue' ? { overdueBefore: ctx.now } : {}),
      ...(assignedToMe ? { assignee: actor._id } : {}),
    },
    (page - 1) * PAGE,
    PAGE + 1,
  );
  const items = await settleAll(found.slice(0, PAGE), ctx.now);
  return {
    items: items.map((d) => toQueueRow(d, ctx.now)),
    page,
    hasMore: found.length > PAGE,
    units: page === 1 ? units.map(toOption) : [],
  };
};
