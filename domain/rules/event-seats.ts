import type { RegistrationState, UnitQuota } from '../contract/event-model';

/**
 * Seat arithmetic of an event: who gets a place, who waits, who is promoted when a place frees.
 * Pure, so the server's transaction and the tests share it. The state lives in one counter
 * document per event, which every sign-up, cancel and removal rewrites inside a transaction: the
 * waitlist order is kept in it because a transaction cannot query for "the first in line".
 *
 * Invariant kept by every function here: after it returns, nobody on the waitlist fits a free place
 * (fill runs after anything that frees one), so a newcomer never jumps someone who could be promoted.
 */

/** One member in line: registration id and the quota unit they count against ('' = none). */
export interface WaitEntry {
  id: string;
  q: string;
}

export interface Seats {
  /** Registrations holding a place. */
  confirmed: number;
  /** Registrations awaiting review (they hold no place). */
  pending: number;
  /** In line, first to be promoted first; never longer than the waitlist size. */
  waitlist: WaitEntry[];
  /** Confirmed registrations per quota unit. */
  quotaUsed: Record<string, number>;
  /** How many promotions ever happened: each promotion's sequence number (notification dedupe). */
  promotions: number;
}

export interface SeatRules {
  /** null = unlimited. */
  capacity: number | null;
  /** 0 = no waitlist. */
  waitlistSize: number;
  needsReview: boolean;
  unitQuotas: readonly UnitQuota[];
}

export const emptySeats = (): Seats => ({ confirmed: 0, pending: 0, waitlist: [], quotaUsed: {}, promotions: 0 });

export type Admission = { state: 'confirmed' | 'waitlisted' | 'pending'; seats: Seats } | { state: 'full' };

export interface Promotion {
  id: string;
  /** The event's promotion sequence number for this promotion. */
  seq: number;
}

function quotaLimit(rules: SeatRules, q: string): number | null {
  if (!q) return null;
  return rules.unitQuotas.find((x) => x.unitId === q)?.limit ?? null;
}

/** Is there a place for someone counting against quota `q` right now? */
export function hasPlaceFor(rules: SeatRules, seats: Seats, q: string): boolean {
  if (rules.capacity !== null && seats.confirmed >= rules.capacity) return false;
  const limit = quotaLimit(rules, q);
  return limit === null || (seats.quotaUsed[q] ?? 0) < limit;
}

/** Places left overall (null = unlimited). */
export function placesLeft(rules: Pick<SeatRules, 'capacity'>, seats: Pick<Seats, 'confirmed'>): number | null {
  return rules.capacity === null ? null : Math.max(0, rules.capacity - seats.confirmed);
}

export const waitlistLeft = (rules: Pick<SeatRules, 'waitlistSize'>, seats: Pick<Seats, 'waitlist'>): number =>
  Math.max(0, rules.waitlistSize - seats.waitlist.length);

/** 1-based place in line, or null when not waiting. */
export function positionOf(seats: Pick<Seats, 'waitlist'>, registrationId: string): number | null {
  const i = seats.waitlist.findIndex((e) => e.id === registrationId);
  return i < 0 ? null : i + 1;
}

/** Would a new sign-up be refused outright? (The fast path before a transaction; the transaction re-checks.) */
export function wouldRefuse(rules: SeatRules, seats: Seats, q: string): boolean {
  return !rules.needsReview && !hasPlaceFor(rules, seats, q) && seats.waitlist.length >= rules.waitlistSize;
}

/**
 * A place or a slot in line, for a sign-up on an event without review, or a pending registration
 * that review approves.
 */
export function take(rules: SeatRules, seats: Seats, entry: WaitEntry): Admission {
  if (hasPlaceFor(rules, seats, entry.q)) {
    const quotaUsed = entry.q ? { ...seats.quotaUsed, [entry.q]: (seats.quotaUsed[entry.q] ?? 0) + 1 } : seats.quotaUsed;
    return { state: 'confirmed', seats: { ...seats, confirmed: seats.confirmed + 1, quotaUsed } };
  }
  if (seats.waitlist.length < rules.waitlistSize) {
    return { state: 'waitlisted', seats: { ...seats, waitlist: [...seats.waitlist, entry] } };
  }
  return { state: 'full' };
}

/** A new sign-up: pending when the event needs review (no place held), else take(). */
export function admit(rules: SeatRules, seats: Seats, entry: WaitEntry): Admission {
  if (rules.needsReview) return { state: 'pending', seats: { ...seats, pending: seats.pending + 1 } };
  return take(rules, seats, entry);
}

/** Promotes the first in line who fits, again and again, while anyone fits. */
export function fill(rules: SeatRules, seats: Seats): { seats: Seats; promoted: Promotion[] } {
  let cur = seats;
  const promoted: Promotion[] = [];
  for (;;) {
    const next = cur.waitlist.find((e) => hasPlaceFor(rules, cur, e.q));
    if (!next) return { seats: cur, promoted };
    const quotaUsed = next.q ? { ...cur.quotaUsed, [next.q]: (cur.quotaUsed[next.q] ?? 0) + 1 } : cur.quotaUsed;
    const promotions = cur.promotions + 1;
    cur = { ...cur, confirmed: cur.confirmed + 1, quotaUsed, promotions, waitlist: cur.waitlist.filter((e) => e.id !== next.id) };
    promoted.push({ id: next.id, seq: promotions });
  }
}

/**
 * A registration leaves (cancelled, removed, rejected): its place, slot in line or pending count
 * is given back, and whoever now fits is promoted at once.
 */
export function release(rules: SeatRules, seats: Seats, reg: { id: string; state: RegistrationState; q: string }): { seats: Seats; promoted: Promotion[] } {
  let cur = seats;
  if (reg.state === 'confirmed') {
    const quotaUsed = reg.q ? { ...cur.quotaUsed, [reg.q]: Math.max(0, (cur.quotaUsed[reg.q] ?? 0) - 1) } : cur.quotaUsed;
    cur = { ...cur, confirmed: Math.max(0, cur.confirmed - 1), quotaUsed };
  } else if (reg.state === 'waitlisted') {
    cur = { ...cur, waitlist: cur.waitlist.filter((e) => e.id !== reg.id) };
  } else if (reg.state === 'pending') {
    cur = { ...cur, pending: Math.max(0, cur.pending - 1) };
  } else {
    return { seats, promoted: [] };
  }
  return fill(rules, cur);
}

/** Can the rules change to `next` without breaking what is already held? (Organizer edits.) */
export function rulesChangeProblem(next: SeatRules, seats: Seats): { path: string; message: string } | null {
  if (next.capacity !== null && next.capacity < seats.confirmed) return { path: 'capacity', message: `已有${seats.confirmed}人确认，名额不能少于此数` };
  if (next.waitlistSize < seats.waitlist.length) return { path: 'waitlistSize', message: `已有${seats.waitlist.length}人候补，候补名额不能少于此数` };
  for (const [i, q] of next.unitQuotas.entries()) {
    const used = seats.quotaUsed[q.unitId] ?? 0;
    if (q.limit < used) return { path: `unitQuotas.${i}.limit`, message: `该单位已有${used}人确认，名额不能少于此数` };
  }
  return null;
}
