/**
 * The rules a sign-up to a welfare event meets, through the built event function: review events
 * (pending, the form checked), the once-a-year rule, audiences (units, roles, verified members),
 * the pre-filled form and its answers, drafts. Signing up, the waitlist and cancelling are in
 * signup.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { DEMO_EVENTS } from '../../demo/seed-events';
import { cloudForFile } from '../support/cloud';
import { expectError } from '../support/outcome';
import { insertWorkers, eventInput, storedEvent, publishEvent, storedRegistrations } from './support';

const admin = PERSONAS.admin.openid;
const worker = PERSONAS.worker.openid;
const worker2 = PERSONAS.worker2.openid;

const cloud = cloudForFile();
let crowd: string[];

beforeAll(async () => {
  crowd = await insertWorkers(cloud.db, 'su', 30);
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
