/**
 * Mending after calls that died half-way. Each step of a sign-up or a departure is atomic, but a
 * call stopped between two steps (a timeout, a crash) can leave a counter off by one (a place won
 * and its registration never written; a place reserved for the line and nobody promoted) or a
 * message unsent. Nothing is ever overbooked by it, and no promise is lost: the next read of the
 * event after a quiet spell longer than any call can live recounts the registrations, sets the
 * counters to what is stored (only if nothing changed meanwhile), sends what is still owed, and
 * fills any place someone waiting fits. Cost: a few requests once per burst of activity.
 */
import { someWaiterFits } from '../../domain/rules/event-seats';
import { collection, command } from '../lib/collection';
import { updatedOf } from '../lib/results';
import { fillFromWaitlist } from './handoff';
import { deliverNotices, kickNotices } from './notices';
import { seatRulesOf, type EventDoc } from './repos/docs';
import { counted } from './recount';

/** Longer than any call lives (a function's timeout is at most 20 s here, 3 s by default on WeChat). */
export const QUIET_MS = 30_000;

const ms = (d: Date | null | undefined) => (d ? new Date(d).getTime() : 0);

/** Has the event been quiet long enough since a change no recount has confirmed yet? */
export function needsRecount(event: EventDoc, now: Date): boolean {
  const changed = ms(event.seats.changedAt);
  return changed > 0 && ms(event.seats.checkedAt) < changed && now.getTime() - changed > QUIET_MS;
}

/** Recounts (when due), delivers what is owed, and fills free places. Never throws: a read must not fail for it. */
export async function recountIfQuiet(event: EventDoc, now: Date): Promise<void> {
  if (!needsRecount(event, now)) return;
  try {
    await deliverNotices({ eventId: event._id }, now);
    const seats = await counted(event);
    const stamp = event.seats.changedAt;
    const res = await collection('events')
      .where({ _id: event._id, 'seats.changedAt': stamp })
      .update({
        data: {
          'seats.confirmed': seats.confirmed,
          'seats.pending': seats.pending,
          'seats.waiting': seats.waiting,
          'seats.quotaUsed': command().set(seats.quotaUsed),
          'seats.waitingBy': command().set(seats.waitingBy),
          'seats.checkedAt': stamp,
        },
      });
    if (updatedOf(res) !== 1) return;
    const fixed: EventDoc = { ...event, seats: { ...event.seats, ...seats, checkedAt: stamp } };
    if (someWaiterFits(seatRulesOf(fixed), fixed.seats)) {
      const promoted = await fillFromWaitlist({ eventId: event._id, rules: seatRulesOf(fixed), now });
      await kickNotices(promoted.map((w) => w._id));
    }
  } catch (err) {
    console.error(`[event] recount of ${event._id} failed`, err);
  }
}
