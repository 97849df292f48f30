/**
 * A member's side of welfare events through the built event function: sign up, waitlist, FULL,
 * signing up twice, cancel and promotion (with its message), unlimited places, the window and the
 * cancel deadline. Review events, the once-a-year rule, audiences and the form are in
 * signup-rules.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { DEMO_EVENTS } from '../../demo/seed-events';
import { templateIdOf } from '../../domain/templates';
import { setClock, cloudForFile } from '../support/cloud';
import { expectError } from '../support/outcome';
import { count, insertWorkers, storedEvent, publishEvent, storedRegistrations } from './support';
import { DAY, HOUR } from '../support/time';

const admin = PERSONAS.admin.openid;
const worker = PERSONAS.worker.openid;

const cloud = cloudForFile();
let crowd: string[];

beforeAll(async () => {
  crowd = await insertWorkers(cloud.db, 'su', 30);
});

describe('the seeded 夏送清凉', () => {
  it('is open to the worker with three of five places left', async () => {
    const list = await cloud.ok(worker, 'event', 'listOpen', {});
    const summer = list.find((e) => e.id === DEMO_EVENTS.summer)!;
    expect(summer).toMatchObject({
      kind: 'summer_cooling',
      phase: 'open',
      capacity: 5,
      placesLeft: 3,
      waitlistLeft: 3,
      mine: null,
    });
  });

  it('confirms a sign-up, shows the code, and gives the same registration back on a second tap', async () => {
    const first = await cloud.ok(worker, 'event', 'signUp', {
      eventId: DEMO_EVENTS.summer,
      answers: [{ fieldId: 'f1', value: '酸梅汤' }],
    });
    expect(first.state).toBe('confirmed');
    expect(first.id).toBe(`${DEMO_EVENTS.summer}_${worker}`);
    const again = await cloud.ok(worker, 'event', 'signUp', { eventId: DEMO_EVENTS.summer, answers: [] });
    expect(again).toMatchObject({ id: first.id, state: 'confirmed' });
    expect(count(storedRegistrations(cloud, DEMO_EVENTS.summer), (r) => r.openid === worker)).toBe(1);
    const detail = await cloud.ok(worker, 'event', 'getEvent', { eventId: DEMO_EVENTS.summer });
    expect(detail.placesLeft).toBe(2);
    expect(detail.registration).toMatchObject({
      id: first.id,
      state: 'confirmed',
      position: null,
      answers: [{ fieldId: 'f1', value: '酸梅汤' }],
    });
    expect(detail.canCancel).toBe(true);
  });
});

describe('capacity, waitlist and FULL', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await publishEvent(cloud, admin, { capacity: 2, waitlistSize: 2 });
  });

  it('confirms while places remain, then waitlists in order, then refuses FULL', async () => {
    const states = [];
    for (const o of crowd.slice(0, 4)) states.push(await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] }));
    expect(states.map((s) => [s.state, s.position])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const full = await cloud.call(crowd[4], 'event', 'signUp', { eventId, answers: [] });
    expectError(full, 'FULL');
    // A refused member has no registration, and a waitlisted one asking again keeps their place in line.
    expect(storedRegistrations(cloud, eventId).map((r) => r.openid)).not.toContain(crowd[4]);
    expect(await cloud.ok(crowd[3], 'event', 'signUp', { eventId, answers: [] })).toMatchObject({
      state: 'waitlisted',
      position: 2,
    });
    expect(storedEvent(cloud, eventId).seats).toMatchObject({
      confirmed: 2,
      waitlist: [{ id: `${eventId}_${crowd[2]}` }, { id: `${eventId}_${crowd[3]}` }],
    });
  });

  it('promotes the first in line when a confirmed member cancels, and tells them once', async () => {
    // crowd[2] accepted the subscription message: the promotion reaches WeChat too.
    cloud.host.openapi.grantSubscription(crowd[2], templateIdOf('waitlist_promoted'), 1);
    await cloud.db
      .collection('subscriptions')
      .doc(`${crowd[2]}_waitlist_promoted`)
      .set({ data: { openid: crowd[2], kind: 'waitlist_promoted', count: 1 } });

    const cancelled = await cloud.ok(crowd[0], 'event', 'cancel', { eventId });
    expect(cancelled.state).toBe('cancelled');
    const promoted = await cloud.ok(crowd[2], 'event', 'getEvent', { eventId });
    expect(promoted.registration).toMatchObject({ state: 'confirmed', position: null });
    expect(promoted.registration?.promotedAt).toEqual(expect.any(Number));
    expect((await cloud.ok(crowd[3], 'event', 'getEvent', { eventId })).registration).toMatchObject({
      state: 'waitlisted',
      position: 1,
    });

    const messages = cloud
      .dump<{ openid: string; kind: string; page: string }>('messages')
      .filter((m) => m.kind === 'waitlist_promoted' && m.page.includes(eventId));
    expect(messages).toEqual([expect.objectContaining({ openid: crowd[2] })]);
    expect(cloud.host.openapi.outbox({ touser: crowd[2] })).toHaveLength(1);

    // Cancelling again changes nothing and notifies nobody again.
    expect((await cloud.ok(crowd[0], 'event', 'cancel', { eventId })).state).toBe('cancelled');
    expect(
      cloud
        .dump<{ kind: string; page: string }>('messages')
        .filter((m) => m.kind === 'waitlist_promoted' && m.page.includes(eventId)),
    ).toHaveLength(1);
    expect(storedEvent(cloud, eventId).seats).toMatchObject({ confirmed: 2, promotions: 1 });
  });

  it('lets a member who cancelled sign up again, under the same registration id', async () => {
    const back = await cloud.ok(crowd[0], 'event', 'signUp', { eventId, answers: [] });
    expect(back).toMatchObject({ id: `${eventId}_${crowd[0]}`, state: 'waitlisted', position: 2 });
    expect(count(storedRegistrations(cloud, eventId), (r) => r.openid === crowd[0])).toBe(1);
  });

  it('frees a waitlist slot when a waitlisted member cancels, promoting nobody', async () => {
    await cloud.ok(crowd[3], 'event', 'cancel', { eventId });
    const seats = storedEvent(cloud, eventId).seats;
    expect(seats).toMatchObject({ confirmed: 2, promotions: 1 });
    expect(seats.waitlist.map((w) => w.id)).toEqual([`${eventId}_${crowd[0]}`]);
  });

  it("lists the member's registrations with state and position", async () => {
    const mine = await cloud.ok(crowd[0], 'event', 'listMine', {});
    expect(mine.find((r) => r.event.id === eventId)).toMatchObject({
      state: 'waitlisted',
      position: 1,
      event: { canCancel: true },
    });
  });
});

describe('unlimited capacity', () => {
  it('confirms everyone and reports no limit', async () => {
    const eventId = await publishEvent(cloud, admin, { capacity: null, waitlistSize: 0 });
    for (const o of crowd.slice(10, 14))
      expect((await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] })).state).toBe('confirmed');
    expect((await cloud.ok(worker, 'event', 'getEvent', { eventId })).placesLeft).toBeNull();
  });
});

describe('the sign-up window and the cancel deadline', () => {
  let eventId: string;
  const start = Date.now();
  beforeAll(async () => {
    eventId = await publishEvent(cloud, admin, {
      signupOpensAt: start + HOUR,
      signupClosesAt: start + 2 * HOUR,
      cancelDeadline: start + 3 * HOUR,
      startsAt: start + DAY,
      endsAt: start + DAY + HOUR,
    });
  });
  afterEach(() => jest.useRealTimers());

  it('refuses CLOSED before the window opens and after it closes', async () => {
    expectError(await cloud.call(crowd[5], 'event', 'signUp', { eventId, answers: [] }), 'CLOSED');
    setClock(start + 90 * 60_000);
    expect((await cloud.ok(crowd[5], 'event', 'signUp', { eventId, answers: [] })).state).toBe('confirmed');
    setClock(start + 2 * HOUR + 1);
    expectError(await cloud.call(crowd[6], 'event', 'signUp', { eventId, answers: [] }), 'CLOSED');
    // Already signed up: asking again after the window still shows the registration.
    expect((await cloud.ok(crowd[5], 'event', 'signUp', { eventId, answers: [] })).state).toBe('confirmed');
  });

  it('lets members cancel until the deadline, then refuses CLOSED', async () => {
    setClock(start + 3 * HOUR + 1);
    const d = await cloud.ok(crowd[5], 'event', 'getEvent', { eventId });
    expect(d.canCancel).toBe(false);
    expectError(await cloud.call(crowd[5], 'event', 'cancel', { eventId }), 'CLOSED');
  });
});
