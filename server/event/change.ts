/**
 * Organizer changes to an event (edit, publish, close) without a transaction: the change is one
 * conditional update of the event, guarded by the event's revision (two organizers never overwrite
 * each other's checks) and by what sign-ups hold (capacity, waitlist and quotas never below it),
 * both checked in the `where` at the moment of writing. The seat counters are never written here,
 * so sign-ups racing the edit are not disturbed. More places or waitlist room then promote
 * whoever fits, from the head of the line.
 */
import { AppError } from '../../domain/errors';
import { emptySeats, rulesChangeProblem } from '../../domain/rules/event-seats';
import { collection, command } from '../lib/collection';
import { updatedOf } from '../lib/results';
import { fillFromWaitlist } from './handoff';
import { cancelByOf, seatRulesOf, type EventDoc } from './repos/docs';
import { findEvent } from './repos/events';
import { setCancelBy } from './repos/registrations';
import type { Waiter } from './repos/waitlist';

export interface ChangeOutcome {
  event: EventDoc;
  promoted: Waiter[];
}

/** Objects and arrays are replaced whole (a plain object in an update would be merged key by key). */
function asUpdate(patch: Partial<EventDoc>): Record<string, unknown> {
  const _ = command();
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    data[key] = value !== null && typeof value === 'object' && !(value instanceof Date) ? _.set(value) : value;
  }
  return data;
}

/** The rules the new fields set may not fall below what is held (checked by the update itself). */
function heldWithin(next: EventDoc): object[] {
  const _ = command();
  const conds: object[] = [];
  if (next.capacity !== null) conds.push({ 'seats.confirmed': _.lte(next.capacity) });
  conds.push({ 'seats.waiting': _.lte(next.waitlistSize) });
  for (const q of next.unitQuotas) conds.push({ [`seats.quotaUsed.${q.unitId}`]: _.lte(q.limit) });
  return conds;
}

const revIs = (rev: number | undefined) => (rev === undefined ? { rev: command().exists(false) } : { rev });

/**
 * Applies `change` (which checks authority and validity, throwing to refuse, and returns the fields
 * to change) to the event as last read, if nobody changed it meanwhile.
 */
export async function changeEvent(
  eventId: string,
  now: Date,
  change: (event: EventDoc) => Partial<EventDoc>,
): Promise<ChangeOutcome> {
  const _ = command();
  for (let attempt = 0; attempt < 4; attempt++) {
    const event = await findEvent(eventId);
    if (!event) throw new AppError('NOT_FOUND', '活动不存在');
    const patch = change(event);
    if (Object.keys(patch).length === 0) return { event, promoted: [] };
    const next: EventDoc = { ...event, ...patch, updatedAt: now, rev: (event.rev ?? 0) + 1 };
    const data = asUpdate({ ...patch, updatedAt: now });
    data.rev = _.inc(1);
    // A draft holds no registrations: its counters follow its quotas.
    if (event.status === 'draft' && patch.unitQuotas) data.seats = _.set(emptySeats(patch.unitQuotas));
    const res = await collection('events')
      .where(_.and([{ _id: eventId }, revIs(event.rev), ...heldWithin(next)]))
      .update({ data });
    if (updatedOf(res) !== 1) {
      const fresh = await findEvent(eventId);
      if (fresh && fresh.rev === event.rev) {
        const problem = rulesChangeProblem(seatRulesOf(next), fresh.seats);
        if (problem)
          throw new AppError('BAD_REQUEST', problem.message, [
            { path: ['draft', ...problem.path.split('.')], message: problem.message },
          ]);
      }
      continue;
    }
    if (event.status !== 'draft' && cancelByOf(event).getTime() !== cancelByOf(next).getTime())
      await setCancelBy(eventId, cancelByOf(next));
    const grew =
      (next.capacity === null ? Infinity : next.capacity) > (event.capacity === null ? Infinity : event.capacity) ||
      next.waitlistSize > event.waitlistSize;
    if (next.status === 'draft' || !grew) return { event: { ...next, seats: event.seats }, promoted: [] };
    const promoted = await fillFromWaitlist({ eventId, rules: seatRulesOf(next), now });
    return { event: (await findEvent(eventId)) ?? next, promoted };
  }
  throw new AppError('CONFLICT', '活动刚被其他人修改，请刷新后重试');
}
