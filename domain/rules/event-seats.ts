import type { UnitQuota } from '../contract/event-model';

/**
 * Seat arithmetic of an event. The counters live in the event document (`seats`) and are changed
 * only by single conditional updates (claim a place, take a waitlist slot, hand a place to the
 * waitlist, give one back), never by a transaction: on WeChat's database a transaction on one hot
 * document serialises every caller behind it and conflicts at write time. The waitlist itself is
 * not in the counters: each waiting member is their registration (state `waitlisted`), ordered by
 * `waitKey`, the database's clock when they joined. Pure, so the server and the tests share it.
 *
 * The rule every counter update keeps: a newcomer takes a free place only when no one waiting could
 * take it, so a place freed while people wait goes to the first of them who fits.
 */

/** The quota key of members who count against no unit quota. */
export const NO_QUOTA = '_';

export interface Seats {
  /** Registrations holding a place (and places being handed over). */
  confirmed: number;
  /** Registrations awaiting review (they hold no place). */
  pending: number;
  /** Waitlist slots taken (members waiting, and joins on their way in). */
  waiting: number;
  /** Confirmed registrations per quota unit (one key per unit quota, set from the start). */
  quotaUsed: Record<string, number>;
  /** Waiting members per quota unit, and NO_QUOTA for the rest. */
  waitingBy: Record<string, number>;
  /** How many promotions ever happened. */
  promotions: number;
  /** Places given to the line for the filler to hand out (a version: the filler checks it before it stops). */
  freed?: number;
  /** The filler's lease: one call at a time promotes from the line in batches (server/event/handoff.ts). */
  fillBy?: string | null;
  fillUntil?: Date | null;
  /** The server's clock at the latest counter change: a recount waits for a quiet spell after it. */
  changedAt?: Date | null;
  /** The latest change a recount has confirmed (see server/event/repair.ts). */
  checkedAt?: Date | null;
}

export interface SeatRules {
  /** null = unlimited. */
  capacity: number | null;
  /** 0 = no waitlist. */
  waitlistSize: number;
  needsReview: boolean;
  unitQuotas: readonly UnitQuota[];
}

/** Counters of a new event: every quota unit present, so conditions on them can match. */
export function emptySeats(unitQuotas: readonly UnitQuota[] = []): Seats {
  const zeros = (extra: string[]) =>
    Object.fromEntries([...extra, ...unitQuotas.map((q) => q.unitId)].map((k) => [k, 0]));
  return {
    confirmed: 0,
    pending: 0,
    waiting: 0,
    quotaUsed: zeros([]),
    waitingBy: zeros([NO_QUOTA]),
    promotions: 0,
    freed: 0,
    fillBy: null,
    fillUntil: null,
    changedAt: null,
    checkedAt: null,
  };
}

/** The counter key of a registration's quota unit ('' = none). */
export const quotaKey = (quotaUnitId: string | null | undefined): string => quotaUnitId || NO_QUOTA;

export function quotaLimit(rules: Pick<SeatRules, 'unitQuotas'>, key: string): number | null {
  if (key === NO_QUOTA) return null;
  return rules.unitQuotas.find((x) => x.unitId === key)?.limit ?? null;
}

/** Is there a free place for someone counting against quota `key` (waitlist aside)? */
export function hasPlaceFor(rules: SeatRules, seats: Seats, key: string): boolean {
  if (rules.capacity !== null && seats.confirmed >= rules.capacity) return false;
  const limit = quotaLimit(rules, key);
  return limit === null || (seats.quotaUsed?.[key] ?? 0) < limit;
}

/** Would a member waiting under quota `key` fit a free place now? */
export const waiterFits = (rules: SeatRules, seats: Seats, key: string): boolean =>
  (seats.waitingBy?.[key] ?? 0) > 0 && hasPlaceFor(rules, seats, key);

/** Keys a waiting member can be counted under: NO_QUOTA and every quota unit. */
export const waitKeys = (rules: Pick<SeatRules, 'unitQuotas'>): string[] => [
  NO_QUOTA,
  ...rules.unitQuotas.map((q) => q.unitId),
];

/** Someone waiting fits a free place: the waitlist must be served before any newcomer. */
export const someWaiterFits = (rules: SeatRules, seats: Seats): boolean =>
  waitKeys(rules).some((k) => waiterFits(rules, seats, k));

/** May a newcomer (or an approved application) under quota `key` take a place right now? */
export const canTakePlace = (rules: SeatRules, seats: Seats, key: string): boolean =>
  hasPlaceFor(rules, seats, key) && !someWaiterFits(rules, seats);

/** The counters after one more place is filled from the line for a member waiting under `key`. */
export function afterFill(seats: Seats, rules: Pick<SeatRules, 'unitQuotas'>, key: string): Seats {
  const quotaUsed =
    quotaLimit(rules, key) === null ? seats.quotaUsed : { ...seats.quotaUsed, [key]: (seats.quotaUsed[key] ?? 0) + 1 };
  return {
    ...seats,
    confirmed: seats.confirmed + 1,
    waiting: seats.waiting - 1,
    waitingBy: { ...seats.waitingBy, [key]: (seats.waitingBy[key] ?? 0) - 1 },
    quotaUsed,
  };
}

/** Places left overall (null = unlimited). */
export function placesLeft(rules: Pick<SeatRules, 'capacity'>, seats: Pick<Seats, 'confirmed'>): number | null {
  return rules.capacity === null ? null : Math.max(0, rules.capacity - seats.confirmed);
}

export const waitlistLeft = (rules: Pick<SeatRules, 'waitlistSize'>, seats: Pick<Seats, 'waiting'>): number =>
  Math.max(0, rules.waitlistSize - Math.max(0, seats.waiting));

export type Plan = 'confirmed' | 'waitlisted' | 'pending' | 'full';

/** What a sign-up under quota `key` would get as the counters stand (the updates decide for real). */
export function planFor(rules: SeatRules, seats: Seats, key: string): Plan {
  if (rules.needsReview) return 'pending';
  if (canTakePlace(rules, seats, key)) return 'confirmed';
  return seats.waiting < rules.waitlistSize ? 'waitlisted' : 'full';
}

/**
 * Does a place freed under quota `freed` fit a member waiting under `key`? The freed place is a
 * place overall plus a slot of its own quota.
 */
export function freedPlaceFits(rules: SeatRules, seats: Seats, freed: string, key: string): boolean {
  if (key === freed || key === NO_QUOTA) return true;
  const limit = quotaLimit(rules, key);
  return limit === null || (seats.quotaUsed?.[key] ?? 0) < limit;
}

/** Can the rules change to `next` without breaking what is already held? (Organizer edits.) */
export function rulesChangeProblem(next: SeatRules, seats: Seats): { path: string; message: string } | null {
  if (next.capacity !== null && next.capacity < seats.confirmed)
    return { path: 'capacity', message: `已有${seats.confirmed}人确认，名额不能少于此数` };
  if (next.waitlistSize < seats.waiting)
    return { path: 'waitlistSize', message: `已有${seats.waiting}人候补，候补名额不能少于此数` };
  for (const [i, q] of next.unitQuotas.entries()) {
    const used = seats.quotaUsed[q.unitId] ?? 0;
    if (q.limit < used) return { path: `unitQuotas.${i}.limit`, message: `该单位已有${used}人确认，名额不能少于此数` };
  }
  return null;
}
