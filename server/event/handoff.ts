/**
 * Places passing to the waitlist. A departure hands its place straight to the first waiting member
 * who fits (the counters keep it reserved meanwhile, so no newcomer can take it); a place that no
 * one waiting fits goes back to everyone. More capacity (or a recount) fills free places the same
 * way. Every step is one conditional update, and each promotion is one conditional update of the
 * promoted registration carrying its notification intent: exactly once, whatever runs at once.
 */
import { freedPlaceFits, hasPlaceFor, quotaKey, someWaiterFits, waiterFits, type Seats } from '../../domain/rules/event-seats';
import { intentFields } from '../lib/outbox';
import { roundOf, type EventDoc, type RegistrationDoc } from './repos/docs';
import { findEvent } from './repos/events';
import { moveRegistration } from './repos/registrations';
import { fillPlace, passPlace, releasePlace, unfillPlace, unpassPlace, type Ledger } from './repos/seat-ledger';
import { headOfLine, type Waiter } from './repos/waitlist';

/** How many of the line a promoter looks at per request: enough for a burst of departures. */
const HEAD = 10;
/**
 * How long a promoter waits for a member the counters say is joining (their slot is taken, their
 * registration not yet written: one round trip) before giving the place back. Well under 3 s.
 */
const WAIT_FOR_JOINER_MS = 1200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pause = (round: number) => sleep(Math.min(200, 10 * 2 ** round) * (0.5 + Math.random() / 2));

export const promotionKey = (w: Pick<RegistrationDoc, '_id' | 'round'>): string => `wp_${w._id}_${roundOf(w)}`;

/** Promotes one waiting registration, with its message promised in the same update. */
export function promoteWaiter(w: Waiter, now: Date): Promise<boolean> {
  const round = roundOf(w);
  return moveRegistration(
    w._id,
    'waitlisted',
    round,
    { state: 'confirmed', confirmedAt: now, promotedAt: now, promotionSeq: round, updatedAt: now },
    {},
    intentFields(promotionKey(w), { type: 'promoted' }, now),
  );
}

/**
 * The place a departed registration held under quota `freed` goes on. `event` is needed (fresh
 * enough for its quota counts) only when the event has unit quotas; `head` is the line as the
 * caller already read it. Returns the promoted registration, or null when the place went back.
 */
export async function handOffPlace(l: Ledger, freed: string, event: EventDoc | null, head: Waiter[] | null): Promise<Waiter | null> {
  const quotas = l.rules.unitQuotas.length > 0;
  let seats: Seats | null = event?.seats ?? null;
  if (quotas && !seats) seats = (await findEvent(l.eventId))?.seats ?? null;
  const deadline = performance.now() + WAIT_FOR_JOINER_MS;
  // The quota key a place is reserved for (null: none reserved).
  let passedTo: string | null = null;
  let line = head;
  for (let round = 0; ; round++) {
    line ??= await headOfLine(l.eventId, HEAD);
    const fitting = quotas && seats ? line.filter((w) => freedPlaceFits(l.rules, seats!, freed, quotaKey(w.quotaUnitId))) : line;
    let stale = false;
    for (const w of fitting) {
      const k = quotaKey(w.quotaUnitId);
      if (passedTo !== k) {
        if (passedTo !== null) await unpassPlace(l, freed, passedTo);
        passedTo = null;
        // The counters no longer count such a waiter for us (others took them): look again.
        if (!(await passPlace(l, freed, k))) {
          stale = true;
          break;
        }
        passedTo = k;
      }
      if (await promoteWaiter(w, l.now)) return w;
    }
    line = null;
    if (passedTo === null) {
      if (await releasePlace(l, freed)) return null;
    } else if (await unpassPlace(l, freed, passedTo, true)) {
      // More places were reserved than members were waiting (some left meanwhile): ours was extra.
      passedTo = null;
      if (await releasePlace(l, freed)) return null;
    }
    if (performance.now() > deadline) break;
    if (!stale) await pause(round);
    if (quotas) seats = (await findEvent(l.eventId))?.seats ?? seats;
  }
  // Whoever the counters promised never appeared (a call that died between taking its slot and
  // writing its registration). The place is not lost: it goes back, and a recount mends the counter.
  if (passedTo !== null) await unpassPlace(l, freed, passedTo);
  await releasePlace(l, freed, true);
  return null;
}

/**
 * Free places that someone waiting fits (capacity raised, a place given back, a recount): fills
 * them from the head of the line. Returns who was promoted.
 */
export async function fillFromWaitlist(l: Ledger, event: EventDoc): Promise<Waiter[]> {
  const promoted: Waiter[] = [];
  let seats = event.seats;
  const deadline = performance.now() + WAIT_FOR_JOINER_MS;
  for (let round = 0; someWaiterFits(l.rules, seats) && performance.now() < deadline; round++) {
    const line = await headOfLine(l.eventId, HEAD);
    const w = line.find((x) => waiterFits(l.rules, seats, quotaKey(x.quotaUnitId)));
    if (w) {
      const k = quotaKey(w.quotaUnitId);
      if (hasPlaceFor(l.rules, seats, k) && (await fillPlace(l, k))) {
        if (await promoteWaiter(w, l.now)) promoted.push(w);
        else await unfillPlace(l, k);
      }
    } else {
      await pause(round);
    }
    const fresh = await findEvent(l.eventId);
    if (!fresh) break;
    seats = fresh.seats;
  }
  return promoted;
}
