/**
 * The event's seat counters (domain/rules/event-seats.ts), changed only by single conditional
 * updates on the event document: `where({ _id, <the rule> }).update({ <counters>: _.inc(n) })`,
 * and `stats.updated` says whether the rule held at that instant. No transaction: each update is
 * atomic on its own, costs one round trip whatever the rush, and never conflicts; the rule in the
 * `where` is what a transaction's read-check-write would have checked.
 *
 * Every update of a counter stamps `seats.changedAt`, so a recount can tell a quiet spell
 * (server/event/repair.ts). The filler's lease does not: a filler that finds nothing to do (a join
 * that died after taking its slot, counted and never written) must not keep the event from ever
 * looking quiet, or the recount that mends it would never come.
 */
import { quotaLimit, waitKeys, type SeatRules } from '../../../domain/rules/event-seats';
import { collection, command } from '../../lib/collection';
import { updatedOf } from '../../lib/results';

export interface Ledger {
  eventId: string;
  rules: SeatRules;
  now: Date;
}

type Cond = object;

const confirmedF = 'seats.confirmed';
const used = (k: string) => `seats.quotaUsed.${k}`;
const waitingF = (k: string) => `seats.waitingBy.${k}`;

/** Still open for sign-up (status and window), as the document says at the moment of the update. */
function openNow(now: Date): Cond[] {
  const _ = command();
  return [{ status: 'published', signupOpensAt: _.lte(now), signupClosesAt: _.gt(now) }];
}

/** A free place overall and under quota `k`. */
function placeFor(rules: SeatRules, k: string): Cond[] {
  const _ = command();
  const out: Cond[] = [];
  if (rules.capacity !== null) out.push({ [confirmedF]: _.lt(rules.capacity) });
  const limit = quotaLimit(rules, k);
  if (limit !== null) out.push({ [used(k)]: _.lt(limit) });
  return out;
}

/** Nobody waiting would fit a free place; `freed` names a quota whose slot was just given back. */
function noWaiterFits(rules: SeatRules, freed?: string): Cond[] {
  const _ = command();
  return waitKeys(rules).map((k) => {
    const none = { [waitingF(k)]: _.lte(0) };
    const limit = quotaLimit(rules, k);
    return limit === null || k === freed ? none : _.or([none, { [used(k)]: _.gte(limit) }]);
  });
}

/** The negation of "may take a place now": no free place for `k`, or someone waiting fits one. */
function cannotTake(rules: SeatRules, k: string): Cond | null {
  const _ = command();
  const alts: Cond[] = [];
  if (rules.capacity !== null) alts.push({ [confirmedF]: _.gte(rules.capacity) });
  const limit = quotaLimit(rules, k);
  if (limit !== null) alts.push({ [used(k)]: _.gte(limit) });
  for (const j of waitKeys(rules)) {
    const lj = quotaLimit(rules, j);
    alts.push(lj === null ? { [waitingF(j)]: _.gt(0) } : _.and([{ [waitingF(j)]: _.gt(0) }, { [used(j)]: _.lt(lj) }]));
  }
  return alts.length ? _.or(alts) : null;
}

async function apply(
  l: Ledger,
  conds: Cond[],
  inc: Record<string, number>,
  set: Record<string, unknown> = {},
  stamp = true,
): Promise<boolean> {
  const _ = command();
  const data: Record<string, unknown> = { ...(stamp ? { 'seats.changedAt': l.now } : {}), ...set };
  for (const [field, n] of Object.entries(inc)) if (n) data[field] = _.inc(n);
  const res = await collection('events')
    .where(_.and([{ _id: l.eventId }, ...conds]))
    .update({ data });
  return updatedOf(res) === 1;
}

/** The quota counter to move for `k` ({} when `k` has no quota). */
const quotaInc = (rules: SeatRules, k: string, n: number): Record<string, number> =>
  quotaLimit(rules, k) === null ? {} : { [used(k)]: n };

export interface TakeOptions {
  /** A member's own sign-up: the event must still be open for it. */
  signup?: boolean;
  /** An approved application: it gives back its pending count in the same update. */
  fromPending?: boolean;
}

const pendingInc = (o: TakeOptions): Record<string, number> => (o.fromPending ? { 'seats.pending': -1 } : {});

/** Takes a place for a newcomer under quota `k`: only while one is free and nobody waiting fits it. */
export function claimPlace(l: Ledger, k: string, o: TakeOptions = {}): Promise<boolean> {
  const conds = [...(o.signup ? openNow(l.now) : []), ...placeFor(l.rules, k), ...noWaiterFits(l.rules)];
  return apply(l, conds, { [confirmedF]: 1, ...quotaInc(l.rules, k, 1), ...pendingInc(o) });
}

/** Takes a waitlist slot: only while one is left and the member could not take a place instead. */
export async function joinWaitlist(l: Ledger, k: string, o: TakeOptions = {}): Promise<boolean> {
  const _ = command();
  const cannot = cannotTake(l.rules, k);
  if (!cannot || l.rules.waitlistSize <= 0) return false;
  const conds = [...(o.signup ? openNow(l.now) : []), { 'seats.waiting': _.lt(l.rules.waitlistSize) }, cannot];
  return apply(l, conds, { 'seats.waiting': 1, [waitingF(k)]: 1, ...pendingInc(o) });
}

/** An application awaiting review (it holds no place). */
export const addPending = (l: Ledger, o: TakeOptions = {}): Promise<boolean> =>
  apply(l, o.signup ? openNow(l.now) : [], { 'seats.pending': 1 });

export const leavePending = (l: Ledger): Promise<boolean> => apply(l, [], { 'seats.pending': -1 });

/** A waiting member left the line (cancelled, removed) without a place. */
export const leaveWaitlist = (l: Ledger, k: string): Promise<boolean> =>
  apply(l, [], { 'seats.waiting': -1, [waitingF(k)]: -1 });

/** The counters of a place freed under quota `freed` passing to a member waiting under `to`. */
function passInc(rules: SeatRules, freed: string, to: string, n: 1 | -1): Record<string, number> {
  const quotas = freed === to ? {} : { ...quotaInc(rules, freed, -n), ...quotaInc(rules, to, n) };
  return { 'seats.waiting': -n, [waitingF(to)]: -n, 'seats.promotions': n, ...quotas };
}

/**
 * Reserves a freed place (its holder already left) for a member waiting under `to`: only while the
 * counters still count such a waiter and their quota has room. The caller then promotes one.
 */
export function passPlace(l: Ledger, freed: string, to: string): Promise<boolean> {
  const _ = command();
  const conds: Cond[] = [{ [waitingF(to)]: _.gt(0) }];
  const limit = quotaLimit(l.rules, to);
  if (limit !== null && to !== freed) conds.push({ [used(to)]: _.lt(limit) });
  return apply(l, conds, passInc(l.rules, freed, to, 1));
}

/**
 * Takes back a reservation nobody could use. With `onlyIfOver`, only when the counters went below
 * zero: more places were reserved than members were waiting (some left while we looked).
 */
export function unpassPlace(l: Ledger, freed: string, to: string, onlyIfOver = false): Promise<boolean> {
  const _ = command();
  return apply(l, onlyIfOver ? [{ [waitingF(to)]: _.lt(0) }] : [], passInc(l.rules, freed, to, -1));
}

/** Gives a freed place back to everyone: only while nobody waiting would fit it (unless `force`). */
export function releasePlace(l: Ledger, freed: string, force = false): Promise<boolean> {
  return apply(l, force ? [] : noWaiterFits(l.rules, freed), { [confirmedF]: -1, ...quotaInc(l.rules, freed, -1) });
}

/**
 * Gives a freed place to the line as a whole (someone waiting fits it, but the first in line was
 * taken by another departure at the same moment): the place stays closed to newcomers, because
 * the counters still count who waits, and the filler hands it out in order.
 */
export function releaseToLine(l: Ledger, freed: string): Promise<boolean> {
  return apply(l, [], { [confirmedF]: -1, ...quotaInc(l.rules, freed, -1), 'seats.freed': 1 });
}

/** A reservation nobody could use (the first in line was taken by another departure) turned into a place for the line. */
export function unpassToLine(l: Ledger, freed: string, to: string): Promise<boolean> {
  const back = passInc(l.rules, freed, to, -1);
  // passInc(-1) gives the quota slot back to `to` and takes it for `freed`; the place then leaves `freed` altogether.
  const released: Record<string, number> = { ...back, [confirmedF]: -1, 'seats.freed': 1 };
  for (const [field, n] of Object.entries(quotaInc(l.rules, freed, -1))) released[field] = (released[field] ?? 0) + n;
  return apply(l, [], released);
}

/** The filler's lease: taken only when nobody holds a live one. */
export function takeFillLease(l: Ledger, by: string, ms: number): Promise<boolean> {
  const _ = command();
  return apply(
    l,
    [_.or([{ 'seats.fillUntil': null }, { 'seats.fillUntil': _.lt(l.now) }])],
    {},
    { 'seats.fillBy': by, 'seats.fillUntil': new Date(l.now.getTime() + ms) },
    false,
  );
}

/** Gives the lease up, only if no place was given to the line since `freed` was read (unless `anyway`). */
export function dropFillLease(l: Ledger, by: string, freed: number | null): Promise<boolean> {
  return apply(
    l,
    [{ 'seats.fillBy': by }, ...(freed === null ? [] : [{ 'seats.freed': freed }])],
    {},
    { 'seats.fillBy': null, 'seats.fillUntil': null },
    false,
  );
}

/** A free place (no one left: more capacity, a place given back) taken for a member waiting under `to`. */
export function fillPlace(l: Ledger, to: string): Promise<boolean> {
  const _ = command();
  return apply(l, [...placeFor(l.rules, to), { [waitingF(to)]: _.gt(0) }], {
    [confirmedF]: 1,
    ...quotaInc(l.rules, to, 1),
    'seats.waiting': -1,
    [waitingF(to)]: -1,
    'seats.promotions': 1,
  });
}

export function unfillPlace(l: Ledger, to: string): Promise<boolean> {
  return apply(l, [], {
    [confirmedF]: -1,
    ...quotaInc(l.rules, to, -1),
    'seats.waiting': 1,
    [waitingF(to)]: 1,
    'seats.promotions': -1,
  });
}
