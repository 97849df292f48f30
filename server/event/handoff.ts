/**
 * Places passing to the waitlist, first in line first, each exactly once.
 *
 * A departure hands its place straight to the first waiting member who fits: one update reserves
 * it in the counters (no newcomer can take it meanwhile), one promotes that member with their
 * message promised in the same update. That is the whole cost when departures come one at a time.
 *
 * When they come in a burst, every departure finds the same first in line; rather than all of
 * them walking the line in step (one promotion per round trip for the whole crowd), a departure
 * that loses gives its place to the line as a whole (still closed to newcomers, since the counters
 * count who waits) and makes sure one filler runs: whoever holds the event's fill lease promotes
 * from the head of the line in batches, in order, many at once, until no place fits anyone
 * waiting. The lease is dropped only if no place was given to the line meanwhile, so none is left
 * behind. A filler whose time runs out (a long burst keeps giving it places) drops the lease and
 * chains `event.fillWaitlist`, a fresh invocation that goes on where it stopped: the departures that
 * left their places to it have already answered. A filler that dies lets its lease lapse, and the
 * next read of the event, or the recount after a quiet spell, starts another.
 */
import crypto from 'crypto';
import { afterFill, freedPlaceFits, quotaKey, someWaiterFits, waiterFits } from '../../domain/rules/event-seats';
import { chain } from '../lib/chain';
import { intentFields } from '../lib/outbox';
import { roundOf, seatRulesOf, type EventDoc, type RegistrationDoc } from './repos/docs';
import { findEvent } from './repos/events';
import { withCurrentCounters } from './recount';
import { moveRegistration } from './repos/registrations';
import {
  dropFillLease,
  fillPlace,
  passPlace,
  releasePlace,
  releaseToLine,
  takeFillLease,
  unfillPlace,
  unpassToLine,
  type Ledger,
} from './repos/seat-ledger';
import { headOfLine, type Waiter } from './repos/waitlist';

/** How many of the line one batch promotes at most. */
const BATCH = 20;
/** How long a filler goes on (it answers a member's call too) and how long its lease lasts if it dies. */
const FILL_BUDGET_MS = 700;
const LEASE_MS = 8000;
/**
 * How long a filler out of time waits for the invocation it chained: long enough for the request
 * to leave, not for its work (a long line takes several calls, and this one has a member waiting).
 */
const HANDOVER_WAIT_MS = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pause = (round: number) => sleep(Math.min(150, 10 * 2 ** round) * (0.5 + Math.random() / 2));

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
 * caller already read it. Returns who was promoted (by this call, or by the filler it ran).
 */
export async function handOffPlace(
  l: Ledger,
  freed: string,
  event: EventDoc | null,
  head: Waiter[] | null,
): Promise<Waiter[]> {
  const quotas = l.rules.unitQuotas.length > 0;
  const seats = quotas ? (event?.seats ?? (await findEvent(l.eventId))?.seats ?? null) : null;
  const line = head ?? (await headOfLine(l.eventId, BATCH));
  const first = line.find((w) => !quotas || !seats || freedPlaceFits(l.rules, seats, freed, quotaKey(w.quotaUnitId)));
  if (first) {
    const k = quotaKey(first.quotaUnitId);
    if (await passPlace(l, freed, k)) {
      if (await promoteWaiter(first, l.now)) return [first];
      // Another departure promoted them first: the reservation becomes a place for the line.
      await unpassToLine(l, freed, k);
      return fillFromWaitlist(l);
    }
  } else if (await releasePlace(l, freed)) {
    // Nobody waiting fits it: it is everyone's again.
    return [];
  }
  // Someone waiting fits it but others hold what the counters count, or they are still on their
  // way in (their slot taken, their registration not yet written): the line gets it through the filler.
  await releaseToLine(l, freed);
  return fillFromWaitlist(l);
}

/**
 * Fills free places that someone waiting fits, from the head of the line, if no other call is
 * already doing it (then that call will). Returns who this call promoted.
 */
export async function fillFromWaitlist(l: Ledger): Promise<Waiter[]> {
  const me = crypto.randomBytes(6).toString('hex');
  if (!(await takeFillLease(l, me, LEASE_MS))) return [];
  const promoted: Waiter[] = [];
  const deadline = performance.now() + FILL_BUDGET_MS;
  let waitingForJoin = false;
  for (let round = 0; performance.now() < deadline; round++) {
    const found = await findEvent(l.eventId);
    if (!found) return promoted;
    const event = await withCurrentCounters(found);
    const rules = seatRulesOf(event);
    const freed = event.seats.freed ?? 0;
    if (!someWaiterFits(rules, event.seats)) {
      if (await dropFillLease(l, me, freed)) return promoted;
      continue;
    }
    // The counters say who fits; the line says who they are, in order. With unit quotas the first
    // who fit may stand further back, behind members whose quota is used up.
    const line = await headOfLine(l.eventId, rules.unitQuotas.length ? 100 : BATCH);
    let sim = event.seats;
    const picks: Waiter[] = [];
    for (const w of line) {
      const k = quotaKey(w.quotaUnitId);
      if (!waiterFits(rules, sim, k)) continue;
      picks.push(w);
      sim = afterFill(sim, rules, k);
      if (picks.length >= BATCH) break;
    }
    waitingForJoin = !picks.length;
    if (waitingForJoin) {
      // Counted but not yet written: a join on its way in.
      await pause(round);
      continue;
    }
    const ledger: Ledger = { ...l, rules };
    const done = await Promise.all(
      picks.map(async (w) => {
        const k = quotaKey(w.quotaUnitId);
        if (!(await fillPlace(ledger, k))) return null;
        if (await promoteWaiter(w, l.now)) return w;
        await unfillPlace(ledger, k);
        return null;
      }),
    );
    for (const w of done) if (w) promoted.push(w);
  }
  // Out of time, and the last round still found work: the lease goes to a fresh invocation. Unless
  // the last round found nobody to promote: then the counters count a join not written yet, which
  // may never be (its call died after taking the slot); the recount after a quiet spell mends that.
  await dropFillLease(l, me, null);
  if (!waitingForJoin) await chain('event', 'fillWaitlist', { eventId: l.eventId }, 'fill', HANDOVER_WAIT_MS);
  return promoted;
}

/** Starts a filler when a read shows a place that someone waiting fits and nobody filling it. */
export async function fillIfStuck(event: EventDoc, now: Date): Promise<Waiter[]> {
  const lease = event.seats.fillUntil ? new Date(event.seats.fillUntil).getTime() : 0;
  if (lease > now.getTime() || !someWaiterFits(seatRulesOf(event), event.seats)) return [];
  return fillFromWaitlist({ eventId: event._id, rules: seatRulesOf(event), now });
}
