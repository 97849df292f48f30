/**
 * Roster import from .xlsx: a validation report that writes nothing, then chunked commits that write
 * exactly the good rows (and verify matching pending registrations), with bad rows reported by row.
 */
import { PERSONAS } from '../../demo/union';
import { DEMO_PENDING } from '../../demo/seed-members';
import type { ImportChunk, ImportReport, ImportRosterOutput } from '../../domain/contract/member';
import { cloudForFile, upload } from '../support/cloud';
import { codeOf } from '../support/outcome';
import { simpleBook } from '../support/workbook';
import { ROSTER_HEADER } from './support';

const cloud = cloudForFile();
const ADMIN = PERSONAS.admin.openid;
const ORG = PERSONAS.organizer.openid; // 采油一大队: QH01-01, QH01-01-01, QH01-01-02

type RosterRow = { _id: string; name: string; phone: string; unitId: string; unitCode: string };
const roster = () => new Map(cloud.dump<RosterRow>('roster').map((r) => [r._id, r]));

async function reportOf(openid: string, fileId: string): Promise<ImportReport> {
  const out = await cloud.ok(openid, 'member', 'importRoster', { fileId, commit: false });
  if (out.mode !== 'report') throw new Error('expected a report');
  return out.report;
}

/** Commits as the page does: chunk after chunk until nextCursor is null. */
async function commitAll(openid: string, fileId: string): Promise<ImportChunk[]> {
  const chunks: ImportChunk[] = [];
  let cursor: number | null = 0;
  while (cursor !== null) {
    const out: ImportRosterOutput = await cloud.ok(openid, 'member', 'importRoster', { fileId, commit: true, cursor });
    if (out.mode !== 'commit') throw new Error('expected a commit chunk');
    chunks.push(out.chunk);
    cursor = out.chunk.nextCursor;
  }
  return chunks;
}

describe('a file with good and bad rows', () => {
  let fileId: string;
  const pendingZhou = DEMO_PENDING[0]; // 周晓梅 QH10201, pending in u-grass-1

  beforeAll(async () => {
    // 周晓梅 proves, with the phone-number button, the phone the roster will list: only that lets an import verify her.
    const phoneCode = cloud.host.openapi.issuePhoneCode('13912349999');
    await cloud.ok(pendingZhou.openid, 'member', 'register', {
      name: pendingZhou.name,
      employeeNo: pendingZhou.employeeNo,
      phone: pendingZhou.phone,
      unitId: pendingZhou.unitId,
      phoneCode,
    });
    fileId = upload(
      cloud,
      'roster',
      await simpleBook('名册', ROSTER_HEADER, [
        ['马小军', 'QH30001', 13912340001, 'QH01-01-01'], // row 2: good (phone typed as a number)
        ['', 'QH30002', '13912340002', 'QH01-01-01'], // row 3: missing name
        ['林一', 'QH#3', '13912340003', 'QH01-01-02'], // row 4: bad employee number
        ['林二', 'QH30004', '1391234000', 'QH01-01-02'], // row 5: bad phone (10 digits)
        ['林三', 'QH30005', '13912340005', 'XX-99'], // row 6: unknown unit code
        ['林四', 'QH30006', '13912340006', 'QH01-01-01'], // row 7: duplicate of row 8
        ['林五', 'qh30006', '13912340007', 'QH01-01-02'], // row 8: duplicate of row 7 (case-insensitive)
        [PERSONAS.worker.name, PERSONAS.worker.employeeNo, PERSONAS.worker.phone, 'QH01-01-02'], // row 9: member, other unit
        [pendingZhou.name, pendingZhou.employeeNo, '13912349999', 'QH01-01-02'], // row 10: good, verifies 周晓梅 (her proven phone)
        [PERSONAS.cadre.name, PERSONAS.cadre.employeeNo, '13900000000', 'QH01-01-01'], // row 11: good (member, same name+unit; phone may differ)
        [null, null, null, null], // blank row: ignored
        ['林六', 'QH30012', '13912340012', 'qh01-01-02'], // row 13: good (code case-insensitive)
      ]),
    );
  });

  it('reports every bad row with its row number and reasons, and writes nothing', async () => {
    const before = JSON.stringify([cloud.dump('roster'), cloud.dump('members')]);
    const report = await reportOf(ORG, fileId);
    expect(JSON.stringify([cloud.dump('roster'), cloud.dump('members')])).toBe(before);

    expect(report).toMatchObject({
      totalRows: 11,
      goodRows: 4,
      badRows: 7,
      newRows: 3,
      pendingToVerify: 1,
      errorsTruncated: false,
    });
    const byRow = Object.fromEntries(report.errors.map((e) => [e.row, e.reasons.join('；')]));
    expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(byRow[3]).toContain('请填写姓名');
    expect(byRow[4]).toContain('工号应为');
    expect(byRow[5]).toContain('手机号应为11位大陆手机号');
    expect(byRow[6]).toContain('未知的单位编码：XX-99');
    expect(byRow[7]).toContain('工号在文件中重复（第8行）');
    expect(byRow[8]).toContain('工号在文件中重复（第7行）');
    expect(byRow[9]).toContain('该工号已是会员，单位与会员资料不一致');
  });

  it('commits exactly the good rows and verifies the matching pending registration', async () => {
    const before = roster();
    const chunks = await commitAll(ORG, fileId);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({
      totalRows: 11,
      processed: 11,
      nextCursor: null,
      written: 4,
      skipped: 7,
      verified: 1,
    });

    const after = roster();
    expect(after.get('QH30001')).toMatchObject({
      name: '马小军',
      phone: '13912340001',
      unitId: 'u-grass-1',
      unitCode: 'QH01-01-01',
    });
    expect(after.get('QH30012')).toMatchObject({ name: '林六', unitId: 'u-grass-2' });
    expect(after.get(PERSONAS.cadre.employeeNo)).toMatchObject({ phone: '13900000000' });
    // Bad rows: nothing of them anywhere (and the member's row of row 9 untouched).
    for (const no of ['QH30002', 'QH30004', 'QH30005', 'QH30006']) expect(after.has(no)).toBe(false);
    expect(after.get(PERSONAS.worker.employeeNo)).toEqual(before.get(PERSONAS.worker.employeeNo));
    expect(after.size).toBe(before.size + 3);

    const zhou = cloud
      .dump<{ _id: string; status: string; unitId: string; unitNames: string[] }>('members')
      .find((m) => m._id === pendingZhou.openid)!;
    expect(zhou).toMatchObject({
      status: 'verified',
      unitId: 'u-grass-2',
      unitNames: ['青河油田第一分公司', '采油一大队', '采油二队工会'],
    });
  });

  it('a later registration matching an imported row, phone proven by WeChat, is verified at once', async () => {
    const phoneCode = cloud.host.openapi.issuePhoneCode('13912340001');
    const out = await cloud.ok('o-ma-xiaojun', 'member', 'register', {
      name: '马小军',
      employeeNo: 'QH30001',
      phone: '13912340001',
      unitId: 'u-grass-3',
      phoneCode,
    });
    expect(out).toMatchObject({ status: 'verified', rosterMatched: true, member: { unitId: 'u-grass-1' } });
  });

  it('re-importing the same file changes nothing more', async () => {
    const before = cloud
      .dump<RosterRow>('roster')
      .map(({ _id, name, phone, unitId }) => ({ _id, name, phone, unitId }));
    await commitAll(ORG, fileId);
    const after = cloud.dump<RosterRow>('roster').map(({ _id, name, phone, unitId }) => ({ _id, name, phone, unitId }));
    expect(after).toEqual(before);
  });
});

describe('authority over the rows', () => {
  it('an organizer cannot import rows for units outside their subtree', async () => {
    const fileId = upload(
      cloud,
      'roster',
      await simpleBook('名册', ROSTER_HEADER, [['韩梅', 'QH40001', '13912350001', 'QH01-02-01']]),
    );
    const report = await reportOf(ORG, fileId);
    expect(report.errors).toEqual([
      { sheet: '名册', row: 2, label: '韩梅 QH40001', reasons: ['单位不在您的管理范围内：QH01-02-01'] },
    ]);
    await commitAll(ORG, fileId);
    expect(roster().has('QH40001')).toBe(false);
    // The admin may (with a file of their own: nobody imports another's upload).
    expect(await codeOf(cloud.call(ADMIN, 'member', 'importRoster', { fileId, commit: true }))).toBe('NOT_FOUND');
    await commitAll(
      ADMIN,
      upload(
        cloud,
        'roster',
        await simpleBook('名册', ROSTER_HEADER, [['韩梅', 'QH40001', '13912350001', 'QH01-02-01']]),
        'roster.xlsx',
        ADMIN,
      ),
    );
    expect(roster().get('QH40001')).toMatchObject({ unitId: 'u-grass-3' });
  });

  it('workers and cadres cannot import at all', async () => {
    const fileId = upload(
      cloud,
      'roster',
      await simpleBook('名册', ROSTER_HEADER, [['韩雪', 'QH40002', '13912350002', 'QH01-01-01']]),
    );
    expect(await codeOf(cloud.call(PERSONAS.cadre.openid, 'member', 'importRoster', { fileId, commit: true }))).toBe(
      'FORBIDDEN',
    );
    expect(roster().has('QH40002')).toBe(false);
  });
});

describe('files that cannot be read', () => {
  it('a sheet without the header columns is refused as a whole, naming the missing ones', async () => {
    const fileId = upload(
      cloud,
      'roster',
      await simpleBook('名册', ['姓名', '工号'], [['张三', 'QH50001']]),
      'roster.xlsx',
      ADMIN,
    );
    const env = await cloud.call(ADMIN, 'member', 'importRoster', { fileId, commit: false });
    expect(env.ok ? 'OK' : `${env.error.code} ${env.error.message}`).toBe(
      'BAD_REQUEST 「名册」工作表第1行的表头缺少：手机号、单位编码或单位名称（必需的列：姓名、工号、手机号、单位编码或单位名称）',
    );
  });

  it('a file that is not an xlsx is refused', async () => {
    const fileId = upload(cloud, 'roster', Buffer.from('姓名,工号\n张三,QH1\n'), 'roster.csv', ADMIN);
    expect(await codeOf(cloud.call(ADMIN, 'member', 'importRoster', { fileId, commit: false }))).toBe('BAD_REQUEST');
  });

  it('a missing file is NOT_FOUND', async () => {
    const fileId = cloud.host.storage.fileIdOf(`uploads/${ADMIN}/roster/never-uploaded.xlsx`);
    expect(await codeOf(cloud.call(ADMIN, 'member', 'importRoster', { fileId, commit: false }))).toBe('NOT_FOUND');
  });
});

describe('a large file', () => {
  it('commits in chunks the page can show as progress, with every good row written once', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => [
      `职工${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
      `QH6${String(i).padStart(4, '0')}`,
      `139${String(20000000 + i)}`,
      i % 2 ? 'QH01-02-01' : 'QH01-02-02',
    ]);
    rows[300] = ['坏行', 'QH6BAD', '123', 'QH01-02-01']; // sheet row 302
    const fileId = upload(cloud, 'roster', await simpleBook('名册', ROSTER_HEADER, rows), 'roster.xlsx', ADMIN);
    const report = await reportOf(ADMIN, fileId);
    expect(report).toMatchObject({ totalRows: 450, goodRows: 449, badRows: 1 });
    expect(report.errors.map((e) => e.row)).toEqual([302]);

    const before = roster().size;
    const chunks = await commitAll(ADMIN, fileId);
    expect(chunks.map((c) => [c.processed, c.nextCursor])).toEqual([
      [200, 200],
      [400, 400],
      [450, null],
    ]);
    expect(chunks.reduce((n, c) => n + c.written, 0)).toBe(449);
    expect(roster().size).toBe(before + 449);
    expect(roster().has('QH6BAD')).toBe(false);
  });
});
