/**
 * Organizer changes to an event (edit, publish, close), in a transaction with the seats: an edit
 * that adds places or waitlist room promotes whoever now fits, at once, and never races a sign-up.
 */
import { AppError } from '../../domain/errors';
import { fill, type Promotion } from '../../domain/rules/event-seats';
import { command } from '../lib/collection';
import { seatRulesOf, type EventDoc } from './repos/docs';
import { writePromotions } from './cancel';
import { inTransaction } from './repos/tx';

export interface ChangeOutcome {
  event: EventDoc;
  promoted: Promotion[];
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

/**
 * Applies `change` (which checks authority and validity, throwing to refuse, and returns the fields
 * to change) to the event as the transaction sees it.
 */
export async function changeEventAtomically(eventId: string, now: Date, change: (event: EventDoc) => Partial<EventDoc>): Promise<ChangeOutcome> {
  return inTransaction(async (tx) => {
    const event = await tx.get<EventDoc>('events', eventId);
    if (!event) throw new AppError('NOT_FOUND', '活动不存在');
    const patch = change(event);
    const next: EventDoc = { ...event, ...patch };
    const { seats, promoted } = fill(seatRulesOf(next), event.seats);
    await tx.update('events', eventId, asUpdate({ ...patch, seats, updatedAt: now }));
    await writePromotions(tx, promoted, now);
    return { event: { ...next, seats, updatedAt: now }, promoted };
  });
}
