/**
 * Rushes through the built event function: 2,000 members for 200 places and a waitlist of 100; then
 * 300 cancels and sign-ups; then per-unit quotas under a crowd; each with CROWD calls in flight at
 * every moment (see inFlight). The calls really race (transactions write the counter while others
 * hold it: write-time conflicts, counted below), at no database round trip (bench/signup-rush.ts
 * runs the rush at 0, 5 and 20 ms). Whatever the interleaving, nobody is overbooked, nobody is in
 * twice, the counter equals what is stored, and every promotion is notified exactly once.
 */
import type { Envelope } from '../../domain/contract/envelope';
import type { MyRegistration } from '../../domain/contract/event';
import { PERSONAS } from '../../demo/union';
import { inFlight, tapAgain, cloudForFile } from '../support/cloud';
import {
  count,
  insertWorkers,
  storedEvent,
  publishEvent,
  storedRegistrations,
  type StoredRegistration,
  type StoredEvent,
} from './support';

jest.setTimeout(300_000);

const admin = PERSONAS.admin.openid;
const cloud = cloudForFile();

type Outcome = Envelope<MyRegistration>;

const stateOf = (o: Outcome) => (o.ok ? o.data.state : o.error.code);
const tally = (outs: Outcome[]) =>
  outs.reduce<Record<string, number>>((t, o) => ({ ...t, [stateOf(o)]: (t[stateOf(o)] ?? 0) + 1 }), {});

/** Members told CONFLICT tap again (tapAgain); counted in the log line of each step. */
let conflictAnswers = 0;
const tapUntilAnswered = (call: () => Promise<Outcome>) => tapAgain(call, 10, () => (conflictAnswers += 1));
/**
 * Calls in flight at once. All calls share this process: each in-flight call adds its CPU to every
 * request's turn, so ten in flight on two cores already interleave like a database 10-20 ms away.
 */
const CROWD = 10;

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const before = { ...cloud.host.engine.stats };
  const answersBefore = conflictAnswers;
  const out = await run();
  // The end state is read once what the calls chained (fills, deliveries) has finished too.
  await cloud.host.idle();
  const s = cloud.host.engine.stats;
  console.log(
    `${label}: ${Math.round(performance.now() - started)} ms, ${s.requests - before.requests} db requests, ${s.conflicts - before.conflicts} write-time conflicts, ${conflictAnswers - answersBefore} CONFLICT answers tapped again`,
  );
  return out;
}

/** The invariants that must hold after any mix of calls. */
function expectConsistent(
  eventId: string,
  capacity: number,
  waitlistSize: number,
): { regs: StoredRegistration[]; event: StoredEvent } {
  const regs = storedRegistrations(cloud, eventId);
  const event = storedEvent(cloud, eventId);
  const confirmed = regs.filter((r) => r.state === 'confirmed');
  const waitlisted = regs.filter((r) => r.state === 'waitlisted');
  // Never overbooked, counter equal to what is stored, one registration per member.
  expect(confirmed.length).toBeLessThanOrEqual(capacity);
  expect(event.seats.confirmed).toBe(confirmed.length);
  expect(new Set(regs.map((r) => r.openid)).size).toBe(regs.length);
  // The waitlist in the counter is exactly the waitlisted registrations, bounded, with no duplicates.
  expect(event.seats.waitlist.length).toBeLessThanOrEqual(waitlistSize);
  expect(new Set(event.seats.waitlist.map((w) => w.id)).size).toBe(event.seats.waitlist.length);
  expect([...event.seats.waitlist.map((w) => w.id)].sort()).toEqual(waitlisted.map((r) => r._id).sort());
  // Nobody waits while a place is free.
  if (waitlisted.length) expect(confirmed.length).toBe(capacity);
  return { regs, event };
}

/** Every promotion of the event has exactly one in-app message, under its dedupe key. */
function expectPromotionsNotifiedOnce(eventId: string): number {
  const event = storedEvent(cloud, eventId);
  const messages = cloud
    .dump<{ _id: string; kind: string; page: string; openid: string }>('messages')
    .filter((m) => m.kind === 'waitlist_promoted' && m.page.endsWith(`id=${eventId}`));
  const promotedRegs = storedRegistrations(cloud, eventId).filter((r) => r.promotionSeq !== null);
  expect(messages).toHaveLength(event.seats.promotions);
  expect(new Set(messages.map((m) => m._id)).size).toBe(messages.length);
  // The latest promotion of each registration is among them, addressed to its member.
  for (const r of promotedRegs) {
    expect(messages).toContainEqual(
      expect.objectContaining({ _id: `m_wp_${r._id}_${r.promotionSeq}`, openid: r.openid }),
    );
  }
  return messages.length;
}

describe('2,000 members at once for 200 places and a waitlist of 100', () => {
  let eventId: string;
  let members: string[];
  let first: Outcome[];

  beforeAll(async () => {
    members = await timed('create 2,000 members', () => insertWorkers(cloud.db, 'rush', 2000));
    eventId = await publishEvent(cloud, admin, { capacity: 200, waitlistSize: 100, title: '夏送清凉（抢报）' });
  });

  it('ends with exactly 200 confirmed, 100 waitlisted and 1,700 FULL', async () => {
    first = await timed(`2,000 sign-ups, ${CROWD} in flight`, () =>
      inFlight(
        CROWD,
        members.map(
          (o) => () =>
            tapUntilAnswered(() => cloud.call(o, 'event', 'signUp', { eventId, answers: [] }) as Promise<Outcome>),
        ),
      ),
    );
    expect(tally(first)).toEqual({ confirmed: 200, waitlisted: 100, FULL: 1700 });
    const { regs, event } = expectConsistent(eventId, 200, 100);
    expect(count(regs, (r) => r.state === 'confirmed')).toBe(200);
    expect(count(regs, (r) => r.state === 'waitlisted')).toBe(100);
    expect(regs).toHaveLength(300);
    // Waitlist positions handed out are 1..100, each once, matching the counter's order.
    const positions = first.flatMap((o) => (o.ok && o.data.state === 'waitlisted' ? [o.data.position] : []));
    expect(new Set(positions).size).toBe(100);
    expect(Math.min(...(positions as number[]))).toBe(1);
    expect(Math.max(...(positions as number[]))).toBe(100);
    expect(event.seats.promotions).toBe(0);
  });

  it('ends consistent after 300 concurrent cancels and sign-ups, notifying every promotion once', async () => {
    const confirmed = first.flatMap((o, i) => (o.ok && o.data.state === 'confirmed' ? [members[i]] : []));
    const waitlisted = first.flatMap((o, i) => (o.ok && o.data.state === 'waitlisted' ? [members[i]] : []));
    const refused = first.flatMap((o, i) => (!o.ok ? [members[i]] : []));
    const cancellers = [...confirmed.slice(0, 100), ...waitlisted.slice(0, 50)];
    const newcomers = refused.slice(0, 150);

    const calls = [
      ...cancellers.map((o) => ({
        newcomer: false,
        run: () => tapUntilAnswered(() => cloud.call(o, 'event', 'cancel', { eventId }) as Promise<Outcome>),
      })),
      ...newcomers.map((o) => ({
        newcomer: true,
        run: () =>
          tapUntilAnswered(() => cloud.call(o, 'event', 'signUp', { eventId, answers: [] }) as Promise<Outcome>),
      })),
    ].sort(() => Math.random() - 0.5);
    const outs = await timed(`300 cancels and sign-ups, ${CROWD} in flight`, () =>
      inFlight(
        CROWD,
        calls.map((c) => async () => ({ newcomer: c.newcomer, out: await c.run() })),
      ),
    );
    for (const { newcomer, out } of outs)
      expect(newcomer ? ['confirmed', 'waitlisted', 'FULL'] : ['cancelled']).toContain(stateOf(out));

    const { regs, event } = expectConsistent(eventId, 200, 100);
    for (const o of cancellers) expect(regs.find((r) => r.openid === o)?.state).toBe('cancelled');
    // Conservation: the places held now are the 100 kept, the promoted (some waitlisted cancellers were
    // promoted before their cancel ran, and their cancel promoted someone else) and the newcomers let straight in.
    const newcomerStates = outs.filter((o) => o.newcomer).map((o) => stateOf(o.out));
    const straightIn = count(newcomerStates, (s) => s === 'confirmed');
    const holding = regs.filter((r) => r.state === 'confirmed');
    const promotedHolding = count(holding, (r) => r.promotionSeq !== null);
    expect(count(holding, (r) => confirmed.includes(r.openid) && r.promotionSeq === null)).toBe(100);
    expect(holding.length).toBe(100 + promotedHolding + straightIn);
    // Each promotion moved exactly one registration: it holds its place or was cancelled after.
    expect(count(regs, (r) => r.promotionSeq !== null)).toBe(event.seats.promotions);
    expect(event.seats.promotions).toBeGreaterThan(0);
    expect(expectPromotionsNotifiedOnce(eventId)).toBe(event.seats.promotions);
  });
});

describe('per-unit quotas under a crowd', () => {
  it('give each brigade no more than its share, and promote only whom a quota lets in', async () => {
    // 200 members, 50 per grassroots union: 100 in each brigade.
    const members = await insertWorkers(cloud.db, 'quota', 200);
    const inBrigade1 = (o: string) => ['u-grass-1', 'u-grass-2'].includes(unitOf(o));
    const eventId = await publishEvent(cloud, admin, {
      capacity: 60,
      waitlistSize: 10,
      unitQuotas: [
        { unitId: 'u-brigade-1', limit: 30 },
        { unitId: 'u-brigade-2', limit: 20 },
      ],
    });
    const outs = await timed(`200 quota sign-ups, ${CROWD} in flight`, () =>
      inFlight(
        CROWD,
        members.map(
          (o) => () =>
            tapUntilAnswered(() => cloud.call(o, 'event', 'signUp', { eventId, answers: [] }) as Promise<Outcome>),
        ),
      ),
    );
    expect(tally(outs)).toEqual({ confirmed: 50, waitlisted: 10, FULL: 140 });

    const check = () => {
      const regs = storedRegistrations(cloud, eventId);
      const event = storedEvent(cloud, eventId);
      const confirmed = regs.filter((r) => r.state === 'confirmed');
      const b1 = count(confirmed, (r) => inBrigade1(r.openid));
      const b2 = confirmed.length - b1;
      expect(b1).toBeLessThanOrEqual(30);
      expect(b2).toBeLessThanOrEqual(20);
      expect(event.seats.quotaUsed).toEqual({ 'u-brigade-1': b1, 'u-brigade-2': b2 });
      expect(event.seats.confirmed).toBe(confirmed.length);
      // Whoever still waits could not be let in: their brigade's quota is used up.
      for (const w of event.seats.waitlist) expect(event.seats.quotaUsed[w.q]).toBe(w.q === 'u-brigade-1' ? 30 : 20);
      return { b1, b2, regs, event };
    };
    expect(check()).toMatchObject({ b1: 30, b2: 20 });

    // Ten of brigade 1 and ten of brigade 2 cancel at once: only brigade members in line can move up.
    const confirmed = outs.flatMap((o, i) => (o.ok && o.data.state === 'confirmed' ? [members[i]] : []));
    const leaving = [
      ...confirmed.filter(inBrigade1).slice(0, 10),
      ...confirmed.filter((o) => !inBrigade1(o)).slice(0, 10),
    ];
    const left = await inFlight(
      CROWD,
      leaving.map(
        (o) => () => tapUntilAnswered(() => cloud.call(o, 'event', 'cancel', { eventId }) as Promise<Outcome>),
      ),
    );
    expect(left.every((o) => o.ok)).toBe(true);
    const after = check();
    const waiting = outs.flatMap((o, i) => (o.ok && o.data.state === 'waitlisted' ? [members[i]] : []));
    const b1Waiting = waiting.filter(inBrigade1).length;
    const b2Waiting = waiting.length - b1Waiting;
    expect(after.b1).toBe(20 + Math.min(10, b1Waiting));
    expect(after.b2).toBe(10 + Math.min(10, b2Waiting));
    expectPromotionsNotifiedOnce(eventId);
  });
});

/** The test members' units: insertWorkers spreads them over grass-1..4 by index. */
function unitOf(openid: string): string {
  const i = Number(openid.slice(openid.lastIndexOf('-') + 1));
  return ['u-grass-1', 'u-grass-2', 'u-grass-3', 'u-grass-4'][i % 4];
}
