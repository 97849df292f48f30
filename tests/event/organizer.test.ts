/**
 * The organizer's side through the built event function: create, edit, publish, close, the
 * registrations list and removal, and authority (an organizer of another brigade gets NOT_FOUND).
 */
import { PERSONAS } from '../../demo/union';
import { DEMO_EVENTS } from '../../demo/seed-events';
import { cloudForFile } from '../support/cloud';
import { expectError } from '../support/outcome';
import { insertWorkers, eventInput, pickDraft, storedEvent, publishEvent, storedRegistrations } from './support';

const admin = PERSONAS.admin.openid;
const organizer = PERSONAS.organizer.openid; // 采油一大队
const organizer2 = PERSONAS.organizer2.openid; // 井下作业大队
const worker = PERSONAS.worker.openid; // 采油一队, in brigade 1

const cloud = cloudForFile();
let crowd: string[];

beforeAll(async () => {
  crowd = await insertWorkers(cloud.db, 'org', 12, ['u-grass-1', 'u-grass-2']);
});

describe('creating events', () => {
  it('lets an organizer aim at their own brigade, owned by it', async () => {
    const created = await cloud.ok(organizer, 'event', 'create', eventInput({ audienceUnits: ['u-brigade-1'] }));
    expect(created).toMatchObject({
      status: 'draft',
      ownerUnitId: 'u-brigade-1',
      locked: false,
      seats: { confirmed: 0, placesLeft: 10 },
    });
    const list = await cloud.ok(organizer, 'event', 'listManaged', { page: 1, pageSize: 50 });
    expect(list.items.map((e) => e.id)).toContain(created.id);
    // The other brigade's organizer does not see it; the admin does.
    expect(
      (await cloud.ok(organizer2, 'event', 'listManaged', { page: 1, pageSize: 50 })).items.map((e) => e.id),
    ).not.toContain(created.id);
    expect((await cloud.ok(admin, 'event', 'listManaged', { page: 1, pageSize: 50 })).items.map((e) => e.id)).toContain(
      created.id,
    );
  });

  it('refuses aiming beyond the organizer’s authority', async () => {
    expectError(
      await cloud.call(organizer, 'event', 'create', eventInput({ audienceUnits: ['u-branch'] })),
      'FORBIDDEN',
    );
    expectError(
      await cloud.call(organizer, 'event', 'create', eventInput({ audienceUnits: ['u-grass-3'] })),
      'FORBIDDEN',
    );
    expectError(
      await cloud.call(organizer, 'event', 'create', eventInput({ audienceUnits: ['u-nowhere'] })),
      'BAD_REQUEST',
    );
  });

  it('refuses bad schedules, forms and quotas with the field that is wrong', async () => {
    const now = Date.now();
    const bad = await cloud.call(admin, 'event', 'create', eventInput({ signupClosesAt: now - 2 * 3_600_000 }));
    expectError(bad, 'BAD_REQUEST', 'signupClosesAt');
    const dupField = await cloud.call(
      admin,
      'event',
      'create',
      eventInput({
        fields: [
          { id: 'f1', label: '尺码', type: 'text', required: true },
          { id: 'f2', label: '尺码', type: 'text', required: false },
        ],
      }),
    );
    expectError(dupField, 'BAD_REQUEST', 'fields.1.label');
    const oneOption = await cloud.call(
      admin,
      'event',
      'create',
      eventInput({ fields: [{ id: 'f1', label: '尺码', type: 'choice', required: true, options: ['L'] }] }),
    );
    expectError(oneOption, 'BAD_REQUEST', 'fields.0.options');
    const nested = await cloud.call(
      admin,
      'event',
      'create',
      eventInput({
        unitQuotas: [
          { unitId: 'u-brigade-1', limit: 5 },
          { unitId: 'u-grass-1', limit: 2 },
        ],
      }),
    );
    expectError(nested, 'BAD_REQUEST', 'unitQuotas.1.unitId');
    const outside = await cloud.call(
      admin,
      'event',
      'create',
      eventInput({ audienceUnits: ['u-brigade-2'], unitQuotas: [{ unitId: 'u-grass-1', limit: 2 }] }),
    );
    expectError(outside, 'BAD_REQUEST', 'unitQuotas.0.unitId');
  });

  it('gives the editor the units the organizer may aim at', async () => {
    const data = await cloud.ok(organizer, 'event', 'getEditor', {});
    expect(data.event).toBeNull();
    expect(data.units.map((u) => u.id).sort()).toEqual(['u-brigade-1', 'u-grass-1', 'u-grass-2']);
    expect((await cloud.ok(admin, 'event', 'getEditor', {})).units).toHaveLength(7);
  });
});

describe('an organizer of another brigade', () => {
  let eventId: string;
  let regId: string;
  beforeAll(async () => {
    eventId = await publishEvent(cloud, organizer, { audienceUnits: ['u-brigade-1'] });
    regId = (await cloud.ok(worker, 'event', 'signUp', { eventId, answers: [] })).id;
  });

  it('gets NOT_FOUND (an event not aimed at them does not exist for them) for editing, publishing, closing, listing and removing', async () => {
    const before = JSON.stringify([storedEvent(cloud, eventId), storedRegistrations(cloud, eventId)]);
    expectError(await cloud.call(organizer2, 'event', 'getEditor', { eventId }), 'NOT_FOUND');
    expectError(
      await cloud.call(organizer2, 'event', 'update', {
        eventId,
        draft: eventInput({ audienceUnits: ['u-brigade-2'], title: '改名' }),
      }),
      'NOT_FOUND',
    );
    expectError(await cloud.call(organizer2, 'event', 'publish', { eventId }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2, 'event', 'close', { eventId }), 'NOT_FOUND');
    expectError(
      await cloud.call(organizer2, 'event', 'listRegistrations', { eventId, page: 1, pageSize: 20 }),
      'NOT_FOUND',
    );
    expectError(
      await cloud.call(organizer2, 'event', 'removeRegistration', { registrationId: regId, reason: '测试' }),
      'NOT_FOUND',
    );
    expect(JSON.stringify([storedEvent(cloud, eventId), storedRegistrations(cloud, eventId)])).toBe(before);
  });

  it('and a worker gets FORBIDDEN for any organizer action', async () => {
    expectError(await cloud.call(worker, 'event', 'close', { eventId }), 'FORBIDDEN');
  });

  it('while the branch admin may manage it', async () => {
    expect((await cloud.ok(admin, 'event', 'listRegistrations', { eventId, page: 1, pageSize: 20 })).total).toBe(1);
  });
});

describe('editing a published event', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await publishEvent(cloud, organizer, {
      audienceUnits: ['u-brigade-1'],
      capacity: 2,
      waitlistSize: 3,
      fields: [{ id: 'f1', label: '尺码', type: 'choice', required: false, options: ['M', 'L'] }],
    });
    for (const o of crowd.slice(0, 5)) await cloud.ok(o, 'event', 'signUp', { eventId, answers: [] });
  });

  it('keeps the form and rules fixed, and capacity above what is held', async () => {
    const current = (await cloud.ok(organizer, 'event', 'getEditor', { eventId })).event!;
    expect(current).toMatchObject({ locked: true, seats: { confirmed: 2, waitlisted: 3 } });
    const base = { ...eventInput({ audienceUnits: ['u-brigade-1'] }), ...pickDraft(current) };
    expectError(
      await cloud.call(organizer, 'event', 'update', { eventId, draft: { ...base, fields: [] } }),
      'BAD_REQUEST',
      'draft.fields',
    );
    expectError(
      await cloud.call(organizer, 'event', 'update', { eventId, draft: { ...base, kind: 'winter_warmth' } }),
      'BAD_REQUEST',
    );
    expectError(
      await cloud.call(organizer, 'event', 'update', { eventId, draft: { ...base, capacity: 1 } }),
      'BAD_REQUEST',
      'draft.capacity',
    );
    expectError(
      await cloud.call(organizer, 'event', 'update', { eventId, draft: { ...base, waitlistSize: 2 } }),
      'BAD_REQUEST',
    );
  });

  it('promotes and notifies the waitlist when places are added', async () => {
    const current = (await cloud.ok(organizer, 'event', 'getEditor', { eventId })).event!;
    const updated = await cloud.ok(organizer, 'event', 'update', {
      eventId,
      draft: { ...pickDraft(current), capacity: 4, title: '趣味运动会（扩容）' },
    });
    expect(updated).toMatchObject({
      title: '趣味运动会（扩容）',
      seats: { confirmed: 4, waitlisted: 1, promotions: 2 },
    });
    const promoted = storedRegistrations(cloud, eventId)
      .filter((r) => r.promotionSeq !== null)
      .map((r) => r.openid);
    expect(promoted).toEqual([crowd[2], crowd[3]]);
    const messages = cloud
      .dump<{ openid: string; kind: string; page: string }>('messages')
      .filter((m) => m.kind === 'waitlist_promoted' && m.page.endsWith(eventId));
    expect(messages.map((m) => m.openid).sort()).toEqual([crowd[2], crowd[3]].sort());
  });

  it('removes a registration with a reason the member sees, promoting the next in line', async () => {
    const row = await cloud.ok(organizer, 'event', 'removeRegistration', {
      registrationId: `${eventId}_${crowd[0]}`,
      reason: '重复报名，已在其他场次登记',
    });
    expect(row).toMatchObject({ state: 'removed', reason: '重复报名，已在其他场次登记', name: '职工0' });
    const mine = (await cloud.ok(crowd[0], 'event', 'getEvent', { eventId })).registration;
    expect(mine).toMatchObject({ state: 'removed', reason: '重复报名，已在其他场次登记' });
    expect((await cloud.ok(crowd[4], 'event', 'getEvent', { eventId })).registration?.state).toBe('confirmed');
    // A removed member signing up again gets their removed registration back, not a new place.
    expect((await cloud.ok(crowd[0], 'event', 'signUp', { eventId, answers: [] })).state).toBe('removed');
    const rows = await cloud.ok(organizer, 'event', 'listRegistrations', {
      eventId,
      page: 1,
      pageSize: 20,
      state: 'confirmed',
    });
    expect(rows.total).toBe(4);
  });

  it('closes sign-up for good', async () => {
    const closed = await cloud.ok(organizer, 'event', 'close', { eventId });
    expect(closed).toMatchObject({ status: 'closed', phase: 'closed' });
    expectError(await cloud.call(crowd[9], 'event', 'signUp', { eventId, answers: [] }), 'CLOSED');
    expect((await cloud.ok(worker, 'event', 'listOpen', {})).map((e) => e.id)).not.toContain(eventId);
    // Registered members still see the event and their code.
    expect((await cloud.ok(crowd[1], 'event', 'listMine', {})).find((r) => r.event.id === eventId)?.state).toBe(
      'confirmed',
    );
    expectError(await cloud.call(organizer, 'event', 'publish', { eventId }), 'CONFLICT');
    expectError(
      await cloud.call(organizer, 'event', 'update', {
        eventId,
        draft: pickDraft((await cloud.ok(organizer, 'event', 'getEditor', { eventId })).event!),
      }),
      'CONFLICT',
    );
  });
});

describe('the seeded events', () => {
  it('belong to the branch union, so a brigade organizer cannot change them', async () => {
    expectError(await cloud.call(organizer, 'event', 'close', { eventId: DEMO_EVENTS.summer }), 'FORBIDDEN');
    const mine = await cloud.ok(organizer, 'event', 'listManaged', { page: 1, pageSize: 50 });
    expect(mine.items.map((e) => e.id)).toContain(DEMO_EVENTS.games);
    expect(mine.items.map((e) => e.id)).not.toContain(DEMO_EVENTS.summer);
  });
});

/** The editable fields of an event as the editor shows it (what `update` takes back). */
