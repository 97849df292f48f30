/**
 * Excel exports of a roster: 3,000 registrations (well past the server's 100-per-read default) that
 * open in exceljs with confirmed, waitlisted, checked-in and absent sheets, phone and ID numbers
 * masked unless "full personal data" was chosen, which the export log records; one unit's subtree
 * for its organizer. The roster itself is in roster.test.ts.
 */
import ExcelJS from 'exceljs';
import { PERSONAS } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { insertRoster, type RosterKind } from './support';

jest.setTimeout(120_000);

const admin = PERSONAS.admin.openid;
const organizer = PERSONAS.organizer.openid; // 采油一大队

const cloud = cloudForFile();

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

describe('the Excel export', () => {
  // 3,000 registrations: 1,000 checked in, 1,500 confirmed not yet, 400 waitlisted, 100 cancelled.
  const plan = (i: number): RosterKind =>
    i < 1000 ? 'checked' : i < 2500 ? 'confirmed' : i < 2900 ? 'waitlisted' : 'cancelled';
  let eventId: string;

  beforeAll(async () => {
    ({ eventId } = await insertRoster(cloud, 'ex', 3000, plan));
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
