/**
 * The seat counters against what is stored, under the races that conditional updates must survive
 * without a transaction: a member signing up twice at once (or retrying a lost call), cancelling
 * twice at once, cancels racing sign-ups on a full event; what a call that died half-way leaves
 * (a place taken and no registration) mended after a quiet spell; and the line's positions.
 */
import type { Envelope } from '../../domain/contract/envelope';
import type { MyRegistration } from '../../domain/contract/event';
import { PERSONAS } from '../../demo/union';
import { inFlight, setClock, cloudForFile } from '../support/cloud';
import { count, insertWorkers, pickDraft, storedEvent, publishEvent, storedRegistrations } from './support';

jest.setTimeout(120_000);

const admin = PERSONAS.admin.openid;
const cloud = cloudForFile();

interface RawSeats {
  confirmed: number;
  waiting: number;
  pending: number;
  waitingBy: Record<string, number>;
  quotaUsed: Record<string, number>;
  promotions: number;
}
const rawSeats = (eventId: string): RawSeats =>
  (cloud.dump<{ _id: string; seats: RawSeats }>('events').find((e) => e._id === eventId) as { seats: RawSeats }).seats;

/** Every counter equals what the registrations say, and nobody waits while a place is free. */
function expectCountersTrue(eventId: string, capacity: number): void {
  const regs = storedRegistrations(cloud, eventId);
  const seats = rawSeats(eventId);
  const confirmed = count(regs, (r) => r.state === 'confirmed');
  const waiting = count(regs, (r) => r.state === 'waitlisted');
  expect(seats.confirmed).toBe(confirmed);
  expect(seats.waiting).toBe(waiting);
  expect(seats.waitingBy._).toBe(waiting);
  expect(seats.pending).toBe(count(regs, (r) => r.state === 'pending'));
  expect(confirmed).toBeLessThanOrEqual(capacity);
  if (waiting) expect(confirmed).toBe(capacity);
  const promoted = cloud
    .dump<{ kind: string; page: string }>('messages')
    .filter((m) => m.kind === 'waitlist_promoted' && m.page.endsWith(`id=${eventId}`));
  expect(promoted).toHaveLength(seats.promotions);
}

const stateOf = (o: Envelope<MyRegistration>) => (o.ok ? o.data.state : o.error.code);

describe('one member, several calls at once', () => {
  it('signs up once when the same member taps five times at once, and gives back what the extra taps took', async () => {
    const [a, b, c] = await insertWorkers(cloud.db, 'twice', 3);
    const eventId = await publishEvent(cloud, admin, { capacity: 12, waitlistSize: 2 });
    const who = [a, a, a, a, a, b, b, b, c, c, c];
    const outs = await Promise.all(who.map((o) => cloud.call(o, 'event', 'signUp', { eventId, answers: [] })));
    for (const o of outs) expect(o).toMatchObject({ ok: true, data: { state: 'confirmed' } });
    // Each member got one registration, the same one each time.
    for (const o of [a, b, c])
      expect(new Set(outs.filter((_, i) => who[i] === o).map((x) => x.ok && x.data.id)).size).toBe(1);
    expect(storedRegistrations(cloud, eventId)).toHaveLength(3);
    expectCountersTrue(eventId, 12);
  });

  it('cancels once, and promotes once, when the member cancels three times at once', async () => {
    const [a, b, c] = await insertWorkers(cloud.db, 'twice-c', 3);
    const eventId = await publishEvent(cloud, admin, { capacity: 1, waitlistSize: 2 });
    for (const o of [a, b, c]) await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] });
    const outs = await Promise.all([a, a, a].map((o) => cloud.call(o, 'event', 'cancel', { eventId })));
    expect(outs.map(stateOf)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect((await cloud.ok(b, 'event', 'getEvent', { eventId })).registration).toMatchObject({ state: 'confirmed' });
    expect((await cloud.ok(c, 'event', 'getEvent', { eventId })).registration).toMatchObject({
      state: 'waitlisted',
      position: 1,
    });
    expectCountersTrue(eventId, 1);
  });
});

describe('the line', () => {
  it('numbers places in line by arrival, and moves everyone up when the first leaves', async () => {
    const crowd = await insertWorkers(cloud.db, 'line', 6);
    const eventId = await publishEvent(cloud, admin, { capacity: 1, waitlistSize: 5 });
    const positions: (number | null)[] = [];
    for (const o of crowd) positions.push((await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] })).position);
    expect(positions).toEqual([null, 1, 2, 3, 4, 5]);
    await cloud.ok(crowd[2], 'event', 'cancel', { eventId });
    const after = await Promise.all(
      crowd.slice(3).map(async (o) => (await cloud.ok(o, 'event', 'getEvent', { eventId })).registration?.position),
    );
    expect(after).toEqual([2, 3, 4]);
    // The first in line is promoted when the place frees; the member who left again joins at the back.
    await cloud.ok(crowd[0], 'event', 'cancel', { eventId });
    expect((await cloud.ok(crowd[1], 'event', 'getEvent', { eventId })).registration).toMatchObject({
      state: 'confirmed',
    });
    expect(await cloud.ok(crowd[0], 'event', 'signUp', { eventId, answers: [] })).toMatchObject({
      state: 'waitlisted',
      position: 4,
    });
    expectCountersTrue(eventId, 1);
  });
});

describe('cancels racing sign-ups on a full event', () => {
  it('hand every freed place to the line in order, once each, leaving none free while anyone waits', async () => {
    const crowd = await insertWorkers(cloud.db, 'storm', 120);
    const eventId = await publishEvent(cloud, admin, { capacity: 20, waitlistSize: 20 });
    for (const o of crowd.slice(0, 40)) await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] });
    const line = crowd.slice(20, 40);
    const calls = [
      ...crowd.slice(0, 20).map((o) => () => cloud.call(o, 'event', 'cancel', { eventId })),
      ...crowd.slice(40).map((o) => () => cloud.call(o, 'event', 'signUp', { eventId, answers: [] })),
    ];
    const outs = await Promise.all(calls.sort(() => Math.random() - 0.5).map((c) => c()));
    for (const o of outs) expect(['cancelled', 'confirmed', 'waitlisted', 'FULL']).toContain(stateOf(o));
    // Everyone who waited before the storm holds a place now: the line was served first.
    const regs = storedRegistrations(cloud, eventId);
    for (const o of line) expect(regs.find((r) => r.openid === o)?.state).toBe('confirmed');
    expectCountersTrue(eventId, 20);
    // Nobody was promoted twice: one promotion message per promoted registration.
    const messages = cloud
      .dump<{ _id: string; kind: string; page: string }>('messages')
      .filter((m) => m.kind === 'waitlist_promoted' && m.page.endsWith(`id=${eventId}`));
    expect(new Set(messages.map((m) => m._id)).size).toBe(messages.length);
    expect(storedEvent(cloud, eventId).seats.waitlist.length).toBe(count(regs, (r) => r.state === 'waitlisted'));
  });
});

describe('a line longer than one call can serve', () => {
  it('goes on promoting in a chained call after the filler runs out of time, and tells everyone once', async () => {
    // 25 ms a request: one call's filler (0.7 s) promotes some eighty; the rest is chained, call after call.
    const crowd = await insertWorkers(cloud.db, 'longline', 260);
    const eventId = await publishEvent(cloud, admin, { capacity: 10, waitlistSize: 250 });
    await inFlight(
      10,
      crowd.map((o) => () => cloud.ok(o, 'event', 'signUp', { eventId, answers: [] })),
    );
    expect(rawSeats(eventId)).toMatchObject({ confirmed: 10, waiting: 250 });
    cloud.host.engine.roundTripMs = 25;
    try {
      const current = (await cloud.ok(admin, 'event', 'getEditor', { eventId })).event!;
      await cloud.ok(admin, 'event', 'update', { eventId, draft: { ...pickDraft(current), capacity: 260 } });
      // The organizer has an answer; the chained calls go on until the line is served.
      await cloud.host.idle();
    } finally {
      cloud.host.engine.roundTripMs = 0;
    }
    expect(rawSeats(eventId)).toMatchObject({ confirmed: 260, waiting: 0, promotions: 250 });
    const regs = storedRegistrations(cloud, eventId);
    expect(count(regs, (r) => r.state === 'confirmed')).toBe(260);
    // Every promoted member is told once.
    const told = cloud
      .dump<{ _id: string; kind: string; page: string }>('messages')
      .filter((m) => m.kind === 'waitlist_promoted' && m.page.endsWith(`id=${eventId}`));
    expect(new Set(told.map((m) => m._id)).size).toBe(250);
    expectCountersTrue(eventId, 260);
  });
});

describe('a call that died half-way', () => {
  afterEach(() => jest.useRealTimers());

  it('leaves a place taken and no registration, mended by the first read after a quiet spell', async () => {
    const [a, b, c] = await insertWorkers(cloud.db, 'died', 3);
    const eventId = await publishEvent(cloud, admin, { capacity: 2, waitlistSize: 2 });
    await cloud.ok(a, 'event', 'signUp', { eventId, answers: [] });
    // A sign-up that won a place and never wrote its registration (its function timed out).
    await cloud.db
      .collection('events')
      .doc(eventId)
      .update({ data: { 'seats.confirmed': 2, 'seats.changedAt': new Date() } });
    expect(await cloud.ok(b, 'event', 'signUp', { eventId, answers: [] })).toMatchObject({
      state: 'waitlisted',
      position: 1,
    });
    // Nothing changes for longer than any call can live; the next read recounts and promotes b.
    setClock(Date.now() + 60_000);
    await cloud.ok(c, 'event', 'getEvent', { eventId });
    expect((await cloud.ok(b, 'event', 'getEvent', { eventId })).registration).toMatchObject({ state: 'confirmed' });
    expect(rawSeats(eventId)).toMatchObject({ confirmed: 2, waiting: 0 });
    expect(
      cloud
        .dump<{ openid: string; kind: string }>('messages')
        .filter((m) => m.openid === b && m.kind === 'waitlist_promoted'),
    ).toHaveLength(1);
  });

  it('leaves a waitlist slot taken and no registration: readers do not spin, and the recount frees the place', async () => {
    const [a, b, c] = await insertWorkers(cloud.db, 'ghost', 3);
    const eventId = await publishEvent(cloud, admin, { capacity: 2, waitlistSize: 2 });
    for (const o of [a, b]) await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] });
    // A sign-up that took a waitlist slot and never wrote its registration (its function timed out).
    await cloud.db
      .collection('events')
      .doc(eventId)
      .update({ data: { 'seats.waiting': 1, 'seats.waitingBy._': 1, 'seats.changedAt': new Date() } });
    // a's place is kept for the line the counters describe; nobody in it can be found.
    await cloud.ok(a, 'event', 'cancel', { eventId });
    // Members keep looking at the event (the page polls): no chain of fillers runs on by itself...
    const start = Date.now();
    for (const s of [10, 20, 29]) {
      setClock(start + s * 1000);
      await cloud.ok(c, 'event', 'getEvent', { eventId });
      await cloud.host.idle();
    }
    // ...and once nothing has changed the counters for longer than any call lives, a read recounts them.
    setClock(start + 45_000);
    await cloud.ok(c, 'event', 'getEvent', { eventId });
    expect(rawSeats(eventId)).toMatchObject({ confirmed: 1, waiting: 0 });
    expect(await cloud.ok(c, 'event', 'signUp', { eventId, answers: [] })).toMatchObject({ state: 'confirmed' });
    expectCountersTrue(eventId, 2);
  });
});

describe('what else holds a place', () => {
  it('approves applications into places, then into the line, and promotes from it when a place frees', async () => {
    const [a, b, c] = await insertWorkers(cloud.db, 'rv-line', 3);
    const eventId = await publishEvent(cloud, admin, { capacity: 1, waitlistSize: 1, needsReview: true });
    const regs = [];
    for (const o of [a, b, c]) regs.push((await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] })).id);
    const decide = (id: string) =>
      cloud.call(admin, 'eventAdmin', 'review', { registrationId: id, decision: 'approve' });
    expect(await decide(regs[0])).toMatchObject({ ok: true, data: { state: 'confirmed' } });
    expect(await decide(regs[1])).toMatchObject({ ok: true, data: { state: 'waitlisted' } });
    expect(await decide(regs[2])).toMatchObject({ ok: false, error: { code: 'FULL' } });
    expect((await cloud.ok(b, 'event', 'getEvent', { eventId })).registration).toMatchObject({
      state: 'waitlisted',
      position: 1,
    });
    await cloud.ok(a, 'event', 'cancel', { eventId });
    expect((await cloud.ok(b, 'event', 'getEvent', { eventId })).registration).toMatchObject({ state: 'confirmed' });
    expect(rawSeats(eventId)).toMatchObject({ confirmed: 1, waiting: 0, pending: 1 });
  });

  it('tells a removed member why, in their messages, and passes the place on', async () => {
    const [a, b] = await insertWorkers(cloud.db, 'rm', 2);
    const eventId = await publishEvent(cloud, admin, { capacity: 1, waitlistSize: 1 });
    const first = await cloud.ok(a, 'event', 'signUp', { eventId, answers: [] });
    await cloud.ok(b, 'event', 'signUp', { eventId, answers: [] });
    await cloud.ok(admin, 'event', 'removeRegistration', { registrationId: first.id, reason: '重复报名' });
    const told = cloud
      .dump<{ openid: string; kind: string; body: string }>('messages')
      .filter((m) => m.openid === a && m.kind === 'registration_removed');
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('原因：重复报名');
    expect((await cloud.ok(b, 'event', 'getEvent', { eventId })).registration).toMatchObject({ state: 'confirmed' });
    expectCountersTrue(eventId, 1);
  });

  it('lets a member past a once-a-year claim that a call which died left behind', async () => {
    const [a] = await insertWorkers(cloud.db, 'stale', 1);
    const eventId = await publishEvent(cloud, admin, { kind: 'winter_warmth', oncePerKindPerYear: true });
    const year = new Date(Date.now() + 7 * 24 * 3_600_000).getUTCFullYear();
    // The claim of a sign-up that never wrote its registration.
    await cloud.db.collection('event_claims').add({
      data: {
        _id: `winter_warmth_${year}_${a}`,
        openid: a,
        kind: 'winter_warmth',
        year,
        eventId: 'evgone',
        registrationId: `evgone_${a}`,
        createdAt: new Date(),
      },
    });
    expect((await cloud.ok(a, 'event', 'signUp', { eventId, answers: [] })).state).toBe('confirmed');
    expect(
      cloud
        .dump<{ _id: string; registrationId: string }>('event_claims')
        .find((c) => c._id === `winter_warmth_${year}_${a}`)?.registrationId,
    ).toBe(`${eventId}_${a}`);
  });
});
