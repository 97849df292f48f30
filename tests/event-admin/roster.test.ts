/**
 * Rosters: registrations by unit and state with counts rolled up the org tree, an organizer's view
 * of their subtree, other brigades refused. The Excel export is in roster-export.test.ts.
 */
import { PERSONAS } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { publishEvent } from '../event/support';
import { expectError } from '../support/outcome';
import { DAY, HOUR } from '../support/time';
import { insertRoster, type RosterKind } from './support';

const admin = PERSONAS.admin.openid;
const organizer = PERSONAS.organizer.openid; // 采油一大队
const organizer2 = PERSONAS.organizer2.openid; // 井下作业大队

const cloud = cloudForFile();

describe('the roster', () => {
  it('lists by unit and state with counts rolled up the tree', async () => {
    // 40 members over four grassroots unions: 0-9 checked in, 10-29 confirmed, 30-35 waitlisted, 36-37 cancelled, 38-39 pending.
    const plan = (i: number): RosterKind =>
      i < 10 ? 'checked' : i < 30 ? 'confirmed' : i < 36 ? 'waitlisted' : i < 38 ? 'cancelled' : 'pending';
    const { eventId } = await insertRoster(cloud, 'rs', 40, plan);

    const all = await cloud.ok(admin, 'eventAdmin', 'getRoster', { eventId, page: 1, pageSize: 100 });
    expect(all).toMatchObject({ scope: 'event', unitId: null, filter: 'all', total: 40 });
    const top = all.units.find((u) => u.unitId === 'u-branch')!;
    expect(top).toMatchObject({ confirmed: 30, checkedIn: 10, waitlisted: 6, pending: 2 });
    const brigade1 = all.units.find((u) => u.unitId === 'u-brigade-1')!;
    const grass1 = all.units.find((u) => u.unitId === 'u-grass-1')!;
    const grass2 = all.units.find((u) => u.unitId === 'u-grass-2')!;
    for (const key of ['confirmed', 'checkedIn', 'waitlisted', 'pending'] as const)
      expect(brigade1[key]).toBe(grass1[key] + grass2[key]);
    // Parents come before their children.
    const order = all.units.map((u) => u.unitId);
    expect(order.indexOf('u-branch')).toBeLessThan(order.indexOf('u-brigade-1'));
    expect(order.indexOf('u-brigade-1')).toBeLessThan(order.indexOf('u-grass-1'));

    const checked = await cloud.ok(admin, 'eventAdmin', 'getRoster', {
      eventId,
      filter: 'checked_in',
      page: 1,
      pageSize: 100,
    });
    expect(checked.total).toBe(10);
    expect(checked.items.every((r) => r.state === 'confirmed' && r.checkedInAt !== null)).toBe(true);
    const absent = await cloud.ok(admin, 'eventAdmin', 'getRoster', {
      eventId,
      filter: 'not_checked_in',
      unitId: 'u-grass-1',
      page: 1,
      pageSize: 100,
    });
    expect(absent.total).toBe(absent.items.length);
    expect(
      absent.items.every((r) => r.unitName === '采油一队工会' && r.checkedInAt === null && r.state === 'confirmed'),
    ).toBe(true);
    const waiting = await cloud.ok(admin, 'eventAdmin', 'getRoster', {
      eventId,
      filter: 'waitlisted',
      page: 1,
      pageSize: 3,
    });
    expect(waiting).toMatchObject({ total: 6, page: 1, pageSize: 3 });
    expect(waiting.items.map((r) => r.position)).toEqual([1, 2, 3]);
    const ended = await cloud.ok(admin, 'eventAdmin', 'getRoster', {
      eventId,
      filter: 'ended',
      page: 1,
      pageSize: 100,
    });
    expect(ended.items.map((r) => r.state)).toEqual(['cancelled', 'cancelled']);
  });

  it('shows an organizer only their subtree of an event run above them', async () => {
    const { eventId } = await insertRoster(cloud, 'rb', 16, (i) => (i % 2 ? 'confirmed' : 'checked'));
    const mine = await cloud.ok(organizer, 'eventAdmin', 'getRoster', { eventId, page: 1, pageSize: 100 });
    expect(mine).toMatchObject({ scope: 'unit', total: 8 });
    expect(mine.items.every((r) => ['采油一队工会', '采油二队工会'].includes(r.unitName))).toBe(true);
    expect(mine.units.map((u) => u.unitId).sort()).toEqual(['u-brigade-1', 'u-grass-1', 'u-grass-2']);
    expectError(
      await cloud.call(organizer, 'eventAdmin', 'getRoster', { eventId, unitId: 'u-grass-3', page: 1, pageSize: 10 }),
      'FORBIDDEN',
    );
    expectError(
      await cloud.call(organizer, 'eventAdmin', 'exportRoster', { eventId, unitId: 'u-brigade-2', full: false }),
      'FORBIDDEN',
    );
  });

  it('refuses an organizer of another brigade: roster, export and the event list', async () => {
    const now = Date.now();
    const eventId = await publishEvent(cloud, organizer, {
      audienceUnits: ['u-brigade-1'],
      startsAt: now + DAY,
      endsAt: now + DAY + HOUR,
      signupClosesAt: now + HOUR,
      cancelDeadline: now + HOUR,
    });
    // Not aimed at their brigade: for them the event does not exist.
    expectError(
      await cloud.call(organizer2, 'eventAdmin', 'getRoster', { eventId, page: 1, pageSize: 10 }),
      'NOT_FOUND',
    );
    expectError(await cloud.call(organizer2, 'eventAdmin', 'exportRoster', { eventId, full: false }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2, 'eventAdmin', 'exportRoster', { eventId, full: true }), 'NOT_FOUND');
    expect(
      (await cloud.ok(organizer2, 'eventAdmin', 'listEvents', { page: 1, pageSize: 100 })).items.map((e) => e.id),
    ).not.toContain(eventId);
    const ours = (await cloud.ok(organizer, 'eventAdmin', 'listEvents', { page: 1, pageSize: 100 })).items.find(
      (e) => e.id === eventId,
    );
    expect(ours).toMatchObject({ scope: 'event', title: '职工羽毛球赛' });
    expect(cloud.dump<{ eventId: string }>('export_log').filter((l) => l.eventId === eventId)).toHaveLength(0);
  });
});
