/**
 * A member's side of welfare events through the built event function: sign up, waitlist, FULL,
 * signing up twice, cancel and promotion (with its message), the window, review events, the
 * once-a-year rule, audiences and the pre-filled form.
 */
import { PERSONAS } from '../../demo/union';
import { DEMO_EVENTS } from '../../demo/seed-events';
import { templateIdOf } from '../../domain/templates';
import { setClock, startTestCloud, type TestCloud } from '../support/cloud';
import { expectError } from '../support/outcome';
import { count, insertWorkers, eventInput, storedEvent, publishEvent, storedRegistrations } from './support';
import { DAY, HOUR } from '../support/time';

const admin = PERSONAS.admin.openid;
const worker = PERSONAS.worker.openid;
const worker2 = PERSONAS.worker2.openid;

let cloud: TestCloud;
let crowd: string[];

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  crowd = await insertWorkers(cloud.db, 'su', 30);
});

afterAll(async () => {
  await cloud.close();
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

describe('review events (金秋助学)', () => {
  it('start pending, hold no place, and check the form', async () => {
    const eventId = DEMO_EVENTS.autumn;
    const form = await cloud.ok(worker, 'event', 'getSignupForm', { eventId });
    expect(form.fields.map((f) => f.type)).toEqual(['text', 'text', 'choice', 'date', 'number', 'image']);

    const missing = await cloud.call(worker, 'event', 'signUp', {
      eventId,
      answers: [{ fieldId: 'f1', value: '刘小雨' }],
    });
    expectError(missing, 'BAD_REQUEST');
    const badImage = await cloud.call(worker, 'event', 'signUp', {
      eventId,
      answers: [
        { fieldId: 'f1', value: '刘小雨' },
        { fieldId: 'f2', value: '西南石油大学' },
        { fieldId: 'f3', value: '大学本科' },
        { fieldId: 'f4', value: '2026-09-01' },
        { fieldId: 'f6', value: 'http://example.com/a.jpg' },
      ],
    });
    expectError(badImage, 'BAD_REQUEST');
    expect(storedRegistrations(cloud, eventId).map((r) => r.openid)).not.toContain(worker);

    const before = storedEvent(cloud, eventId).seats;
    const reg = await cloud.ok(worker, 'event', 'signUp', {
      eventId,
      answers: [
        { fieldId: 'f1', value: ' 刘小雨 ' },
        { fieldId: 'f2', value: '西南石油大学' },
        { fieldId: 'f3', value: '大学本科' },
        { fieldId: 'f4', value: '2026-09-01' },
        { fieldId: 'f5', value: 6500 },
        { fieldId: 'f6', value: `cloud://union-local.x/uploads/${worker}/proof/a.jpg` },
      ],
    });
    expect(reg.state).toBe('pending');
    expect(reg.answers[0]).toEqual({ fieldId: 'f1', value: '刘小雨' });
    const after = storedEvent(cloud, eventId).seats;
    expect(after).toMatchObject({ confirmed: before.confirmed, pending: before.pending + 1 });
    expect((await cloud.ok(worker, 'event', 'getEvent', { eventId })).placesLeft).toBe(20);

    // Withdrawing a pending application gives back nothing but the pending count.
    await cloud.ok(worker, 'event', 'cancel', { eventId });
    expect(storedEvent(cloud, eventId).seats).toMatchObject({ confirmed: before.confirmed, pending: before.pending });
  });
});

describe('once per kind per year', () => {
  it('holds one 冬送温暖 per member per year, released when they cancel', async () => {
    const a = await publishEvent(cloud, admin, {
      kind: 'winter_warmth',
      oncePerKindPerYear: true,
      title: '冬送温暖（一）',
    });
    const b = await publishEvent(cloud, admin, {
      kind: 'winter_warmth',
      oncePerKindPerYear: true,
      title: '冬送温暖（二）',
    });
    await cloud.ok(crowd[20], 'event', 'signUp', { eventId: a, answers: [] });
    const second = await cloud.call(crowd[20], 'event', 'signUp', { eventId: b, answers: [] });
    expectError(second, 'CONFLICT');
    expect(storedRegistrations(cloud, b)).toHaveLength(0);
    expect(storedEvent(cloud, b).seats.confirmed).toBe(0);
    await cloud.ok(crowd[20], 'event', 'cancel', { eventId: a });
    expect((await cloud.ok(crowd[20], 'event', 'signUp', { eventId: b, answers: [] })).state).toBe('confirmed');
    // Events without the rule are not limited.
    const general = await publishEvent(cloud, admin, { kind: 'winter_warmth', oncePerKindPerYear: false });
    expect((await cloud.ok(crowd[20], 'event', 'signUp', { eventId: general, answers: [] })).state).toBe('confirmed');
  });
});

describe('audience', () => {
  it('hides an event aimed elsewhere and refuses its sign-up', async () => {
    const eventId = await publishEvent(cloud, admin, { audienceUnits: ['u-brigade-2'] });
    expect((await cloud.ok(worker, 'event', 'listOpen', {})).map((e) => e.id)).not.toContain(eventId);
    expectError(await cloud.call(worker, 'event', 'getEvent', { eventId }), 'NOT_FOUND');
    // The same answer as for a made-up id: the id confirms nothing.
    expectError(await cloud.call(worker, 'event', 'signUp', { eventId, answers: [] }), 'NOT_FOUND');
    expectError(await cloud.call(worker, 'event', 'signUp', { eventId: 'ev-made-up', answers: [] }), 'NOT_FOUND');
  });

  it('aims at roles', async () => {
    const eventId = await publishEvent(cloud, admin, { audienceRoles: ['cadre'] });
    expectError(await cloud.call(worker, 'event', 'signUp', { eventId, answers: [] }), 'NOT_FOUND');
    expect((await cloud.ok(PERSONAS.cadre.openid, 'event', 'signUp', { eventId, answers: [] })).state).toBe(
      'confirmed',
    );
  });

  it('refuses members who are not verified', async () => {
    await cloud.db
      .collection('members')
      .doc('o-unverified')
      .set({
        data: {
          name: '待审',
          employeeNo: 'X1',
          phone: '1',
          unitId: 'u-grass-1',
          unitPath: ['u-branch', 'u-brigade-1', 'u-grass-1'],
          role: 'worker',
          status: 'pending',
          createdAt: new Date(),
          updatedAt: new Date(),
        },
      });
    expectError(
      await cloud.call('o-unverified', 'event', 'signUp', { eventId: DEMO_EVENTS.summer, answers: [] }),
      'UNAUTHENTICATED',
    );
  });
});

describe('the sign-up form', () => {
  it('is pre-filled from the member’s latest answers to the same questions', async () => {
    const fields = [
      { id: 'f1', label: '手机号码', type: 'text' as const, required: true },
      { id: 'f2', label: '衣服尺码', type: 'choice' as const, required: true, options: ['M', 'L', 'XL'] },
    ];
    const a = await publishEvent(cloud, admin, { fields });
    const b = await publishEvent(cloud, admin, {
      fields: [
        { id: 'f1', label: '衣服尺码', type: 'choice', required: true, options: ['L', 'XL', 'XXL'] },
        { id: 'f2', label: '手机号码', type: 'text', required: false },
        { id: 'f3', label: '随行人数', type: 'number', required: false },
      ],
    });
    await cloud.ok(worker2, 'event', 'signUp', {
      eventId: a,
      answers: [
        { fieldId: 'f1', value: '13900001111' },
        { fieldId: 'f2', value: 'XL' },
      ],
    });
    const form = await cloud.ok(worker2, 'event', 'getSignupForm', { eventId: b });
    expect(form.prefill).toEqual([
      { fieldId: 'f1', value: 'XL' },
      { fieldId: 'f2', value: '13900001111' },
    ]);
    expect(form.event.mine).toBeNull();
  });

  it('refuses answers to questions the form does not have, and bad choices', async () => {
    const eventId = await publishEvent(cloud, admin, {
      fields: [{ id: 'f1', label: '尺码', type: 'choice', required: true, options: ['M', 'L'] }],
    });
    expectError(
      await cloud.call(worker2, 'event', 'signUp', { eventId, answers: [{ fieldId: 'f1', value: 'XXL' }] }),
      'BAD_REQUEST',
    );
    expectError(
      await cloud.call(worker2, 'event', 'signUp', {
        eventId,
        answers: [
          { fieldId: 'f1', value: 'M' },
          { fieldId: 'f9', value: 'x' },
        ],
      }),
      'BAD_REQUEST',
    );
    expect(storedRegistrations(cloud, eventId)).toHaveLength(0);
  });
});

describe('drafts', () => {
  it('are invisible to members', async () => {
    const created = await cloud.ok(admin, 'event', 'create', eventInput());
    expectError(await cloud.call(worker, 'event', 'getEvent', { eventId: created.id }), 'NOT_FOUND');
    expectError(await cloud.call(worker, 'event', 'signUp', { eventId: created.id, answers: [] }), 'NOT_FOUND');
    expect((await cloud.ok(worker, 'event', 'listOpen', {})).map((e) => e.id)).not.toContain(created.id);
  });
});
