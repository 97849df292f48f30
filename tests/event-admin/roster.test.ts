/**
 * Rosters and Excel exports: registrations by unit and state with counts rolled up the org tree;
 * an export of 3,000 registrations (well past the server's 100-per-read default) that opens in
 * exceljs with confirmed, waitlisted, checked-in and absent sheets, phone and ID numbers masked
 * unless "full personal data" was chosen, which the export log records; other brigades refused.
 */
import ExcelJS from 'exceljs';
import { PERSONAS, unitPathOf, DEMO_UNITS } from '../../demo/union';
import { insertAll } from '../../demo/db';
import { startTestCloud, type TestCloud } from '../support/cloud';
import { insertWorkers, publishEvent } from '../event/support';
import { expectError } from '../support/outcome';
import { DAY, HOUR } from '../support/time';

jest.setTimeout(120_000);

const admin = PERSONAS.admin.openid;
const organizer = PERSONAS.organizer.openid; // 采油一大队
const organizer2 = PERSONAS.organizer2.openid; // 井下作业大队

let cloud: TestCloud;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
});

afterAll(async () => {
  await cloud.close();
});

const GRASS = ['u-grass-1', 'u-grass-2', 'u-grass-3', 'u-grass-4'];
const unitName = (id: string) => DEMO_UNITS.find((u) => u.id === id)!.name;

type Kind = 'confirmed' | 'checked' | 'waitlisted' | 'cancelled' | 'pending';

/**
 * Arranges an event with registrations written straight into the database (as many sign-ups would
 * have left them), its counter document to match. `plan(i)` says what member i's registration is.
 */
async function arrange(
  prefix: string,
  count: number,
  plan: (i: number) => Kind,
  overrides: Record<string, unknown> = {},
): Promise<{ eventId: string; openids: string[] }> {
  const now = Date.now();
  const eventId = await publishEvent(cloud, admin, {
    title: '夏送清凉',
    capacity: 5000,
    waitlistSize: 1000,
    startsAt: now + DAY,
    endsAt: now + DAY + 3 * HOUR,
    signupClosesAt: now + HOUR,
    cancelDeadline: now + HOUR,
    fields: [
      { id: 'f1', label: '联系电话', type: 'text', required: false },
      { id: 'f2', label: '饮品', type: 'choice', required: false, options: ['绿豆汤', '酸梅汤'] },
    ],
    ...overrides,
  });
  const openids = await insertWorkers(cloud.db, prefix, count, GRASS);
  // The members' ID numbers (only some events collect them; the member record keeps one).
  await Promise.all(
    openids.map((id, i) =>
      cloud.db
        .collection('members')
        .doc(id)
        .update({ data: { idNumber: `3705021990${String(i).padStart(8, '0')}` } }),
    ),
  );
  const base = new Date(now - HOUR);
  const waitlist: { id: string; q: string }[] = [];
  let confirmed = 0;
  let pending = 0;
  const regs = openids.map((openid, i) => {
    const kind = plan(i);
    const unitId = GRASS[i % GRASS.length];
    const id = `${eventId}_${openid}`;
    if (kind === 'waitlisted') waitlist.push({ id, q: '' });
    if (kind === 'confirmed' || kind === 'checked') confirmed++;
    if (kind === 'pending') pending++;
    return {
      _id: id,
      eventId,
      openid,
      kind: 'general',
      year: 2026,
      name: `职工${i}`,
      employeeNo: `T${prefix.toUpperCase()}${String(i).padStart(5, '0')}`,
      unitId,
      unitPath: unitPathOf(unitId),
      unitName: unitName(unitId),
      quotaUnitId: '',
      state: kind === 'checked' ? 'confirmed' : kind,
      answers: [
        { fieldId: 'f1', label: '联系电话', type: 'text', value: `1380000${String(i).padStart(4, '0')}` },
        { fieldId: 'f2', label: '饮品', type: 'choice', value: '绿豆汤' },
      ],
      claimed: false,
      createdAt: base,
      // Many share a sign-up time, as in a rush: paging must still see each exactly once.
      signedUpAt: new Date(base.getTime() + Math.floor(i / 7) * 1000),
      updatedAt: base,
      confirmedAt: kind === 'confirmed' || kind === 'checked' ? base : null,
      promotedAt: null,
      promotionSeq: null,
      cancelledAt: kind === 'cancelled' ? base : null,
      removedAt: null,
      removedBy: null,
      reason: null,
      reviewedAt: null,
      reviewedBy: null,
      checkedInAt: kind === 'checked' ? new Date(base.getTime() + i * 1000) : null,
    };
  });
  await insertAll(cloud.db, 'registrations', regs);
  await cloud.db
    .collection('events')
    .doc(eventId)
    .update({ data: { seats: cloud.db.command.set({ confirmed, pending, waitlist, quotaUsed: {}, promotions: 0 }) } });
  return { eventId, openids };
}

/** The exported file, read back from cloud storage through the log entry the export wrote. */
async function readExport(eventId: string): Promise<{ workbook: ExcelJS.Workbook; log: Record<string, unknown> }> {
  const logs = cloud
    .dump<Record<string, unknown> & { eventId: string; at: Date }>('export_log')
    .filter((l) => l.eventId === eventId);
  const log = logs.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())[0];
  const content = cloud.host.storage.read(String(log.fileID));
  if (!content) throw new Error('export file missing from storage');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return { workbook, log };
}

/** A sheet as objects keyed by header. */
function sheetRows(workbook: ExcelJS.Workbook, name: string): Record<string, string>[] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    out.push(
      Object.fromEntries(
        headers.map((h, i) => [h, values[i] === undefined || values[i] === null ? '' : String(values[i])]),
      ),
    );
  });
  return out;
}

describe('the roster', () => {
  it('lists by unit and state with counts rolled up the tree', async () => {
    // 40 members over four grassroots unions: 0-9 checked in, 10-29 confirmed, 30-35 waitlisted, 36-37 cancelled, 38-39 pending.
    const plan = (i: number): Kind =>
      i < 10 ? 'checked' : i < 30 ? 'confirmed' : i < 36 ? 'waitlisted' : i < 38 ? 'cancelled' : 'pending';
    const { eventId } = await arrange('rs', 40, plan);

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
    const { eventId } = await arrange('rb', 16, (i) => (i % 2 ? 'confirmed' : 'checked'));
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

describe('the Excel export', () => {
  // 3,000 registrations: 1,000 checked in, 1,500 confirmed not yet, 400 waitlisted, 100 cancelled.
  const plan = (i: number): Kind =>
    i < 1000 ? 'checked' : i < 2500 ? 'confirmed' : i < 2900 ? 'waitlisted' : 'cancelled';
  let eventId: string;

  beforeAll(async () => {
    ({ eventId } = await arrange('ex', 3000, plan));
  });

  it('exports every row on the right sheets, with phone and ID numbers masked, and logs it', async () => {
    const before = cloud.host.engine.stats.requests;
    const out = await cloud.ok(admin, 'eventAdmin', 'exportRoster', { eventId, full: false });
    const requests = cloud.host.engine.stats.requests - before;
    console.log(`export of 3,000: ${requests} db requests`);
    expect(out).toMatchObject({
      full: false,
      counts: { confirmed: 2500, waitlisted: 400, checkedIn: 1000, notCheckedIn: 1500 },
    });
    expect(out.fileName).toMatch(/^夏送清凉-报名名单-\d{8}-\d{4}\.xlsx$/);
    // A working temporary link to the file in cloud storage.
    const url = new URL(out.url);
    const cloudPath = decodeURIComponent(url.pathname.replace(/^\/files\//, ''));
    // Under the exporting organizer's own folder, a name nobody can guess, deleted a day later.
    expect(cloudPath).toMatch(new RegExp(`^exports/${admin}/events/.+\\.xlsx$`));
    expect(
      cloud.host.storage.checkSignature(cloudPath, url.searchParams.get('sign') ?? '', url.searchParams.get('t') ?? ''),
    ).toBe('ok');

    const { workbook, log } = await readExport(eventId);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['已确认', '候补', '已签到', '未签到', '按单位统计']);
    const confirmed = sheetRows(workbook, '已确认');
    const waitlisted = sheetRows(workbook, '候补');
    const checked = sheetRows(workbook, '已签到');
    const absent = sheetRows(workbook, '未签到');
    expect([confirmed.length, waitlisted.length, checked.length, absent.length]).toEqual([2500, 400, 1000, 1500]);
    // Every confirmed member exactly once, despite shared sign-up times.
    expect(new Set(confirmed.map((r) => r['工号'])).size).toBe(2500);
    expect(new Set([...checked, ...absent].map((r) => r['工号']))).toEqual(new Set(confirmed.map((r) => r['工号'])));
    expect(waitlisted.map((r) => Number(r['候补顺位']))).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    expect(checked.every((r) => r['签到时间'] !== '')).toBe(true);
    expect(absent.every((r) => r['签到时间'] === '')).toBe(true);

    const first = confirmed.find((r) => r['工号'] === 'TEX00001')!;
    expect(first).toMatchObject({
      姓名: '职工1',
      单位: '采油二队工会',
      状态: '已确认',
      手机号: '137****0001',
      身份证号: '3705**********0001',
      联系电话: '138****0001',
      饮品: '绿豆汤',
    });
    // No unmasked phone or ID number anywhere in the masked file.
    for (const rows of [confirmed, waitlisted, checked, absent]) {
      for (const r of rows) {
        expect(r['手机号']).toMatch(/^\d{3}\*{4}\d{4}$/);
        expect(r['身份证号']).toMatch(/^\d{4}\*{10}\d{4}$/);
        expect(r['联系电话']).toMatch(/^\d{3}\*{4}\d{4}$/);
      }
    }
    const units = sheetRows(workbook, '按单位统计');
    expect(units[0]).toMatchObject({
      单位: '青河油田第一分公司',
      已确认: '2500',
      已签到: '1000',
      未签到: '1500',
      候补: '400',
    });
    expect(log).toMatchObject({ eventId, by: admin, byName: '王建国', full: false, rows: 2900, unitId: null });
  });

  it('exports full personal data only when asked, and logs who and when', async () => {
    const out = await cloud.ok(admin, 'eventAdmin', 'exportRoster', { eventId, full: true });
    expect(out.full).toBe(true);
    const { workbook, log } = await readExport(eventId);
    const row = sheetRows(workbook, '已确认').find((r) => r['工号'] === 'TEX00001')!;
    expect(row).toMatchObject({ 手机号: '13700000001', 身份证号: '370502199000000001', 联系电话: '13800000001' });
    expect(log).toMatchObject({ eventId, by: admin, byName: '王建国', full: true, rows: 2900 });
    expect(new Date(log.at as Date).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('exports one unit’s subtree for its organizer', async () => {
    const out = await cloud.ok(organizer, 'eventAdmin', 'exportRoster', { eventId, full: false });
    // Brigade 1 has grassroots unions 1 and 2: half of every group.
    expect(out.counts).toEqual({ confirmed: 1250, waitlisted: 200, checkedIn: 500, notCheckedIn: 750 });
    const { workbook, log } = await readExport(eventId);
    expect(sheetRows(workbook, '已确认').every((r) => ['采油一队工会', '采油二队工会'].includes(r['单位']))).toBe(true);
    expect(log).toMatchObject({ by: organizer, unitId: 'u-brigade-1', full: false });
  });
});
