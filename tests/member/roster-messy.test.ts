/**
 * Rosters as offices keep them, built here with exceljs: padded names, 工号 typed as numbers with a
 * 000000 format, phones with +86 and spaces, units by name, a title row above a padded header,
 * full-width codes, several sheets. Stored so that the member's own registration matches; and the
 * roster template, which an import reads back (its example refused as an example).
 */
import ExcelJS from 'exceljs';
import { PERSONAS } from '../../demo/union';
import type { ImportReport, ImportRosterOutput } from '../../domain/contract/member';
import { cloudForFile, upload } from '../support/cloud';
import { workbook } from '../support/workbook';

const cloud = cloudForFile();
const ORG = PERSONAS.organizer.openid; // 采油一大队: 采油一队工会 (QH01-01-01), 采油二队工会 (QH01-01-02)

type RosterRow = { _id: string; name: string; phone: string; unitId: string; unitCode: string };
const roster = () => new Map(cloud.dump<RosterRow>('roster').map((r) => [r._id, r]));

async function reportOf(fileId: string): Promise<ImportReport> {
  const out = await cloud.ok(ORG, 'member', 'importRoster', { fileId, commit: false });
  if (out.mode !== 'report') throw new Error('expected a report');
  return out.report;
}

async function commitAll(fileId: string): Promise<void> {
  for (let cursor: number | null = 0; cursor !== null;) {
    const out: ImportRosterOutput = await cloud.ok(ORG, 'member', 'importRoster', { fileId, commit: true, cursor });
    if (out.mode !== 'commit') throw new Error('expected a chunk');
    cursor = out.chunk.nextCursor;
  }
}

describe('a roster typed by hand', () => {
  let fileId: string;
  let report: ImportReport;

  beforeAll(async () => {
    fileId = upload(
      cloud,
      'roster',
      await workbook([
        {
          name: '采油一大队',
          merges: ['A1:E1'],
          rows: [
            ['采油一大队职工名册（2024年3月）'],
            ['序号', '姓  名', '*工号', '手机号码', '所在单位'],
            [1, '王　芳', { value: 123, numFmt: '000000' }, '+86 139 0546 1007', '采油一队工会'], // 3
            [2, '阿依古丽．买买提', 'ＱＨ２００１８', 13905461008, 'QH01－01－02'], // 4: full width, a code in the 单位 column
            [3, 'Li  Ming', 'qh20019', '139-0546-1009', ' 采油二队工会 '], // 5
            [4, '赵六', 'QH20020', '139 0546 1010', '不存在的工会'], // 6
            [5, '钱七', 'QH20021', '0086 13905461011', '修井一队工会'], // 7: another brigade's unit
          ],
        },
        { name: '说明', rows: [['本名册由采油一大队工会整理'], ['如有疑问请联系李秀兰']] },
        {
          name: '新入职',
          rows: [
            ['姓名', '工号', '手机号', '单位编码', '单位名称'],
            ['孙　悦', 'QH20022', '13905461012', 'QH01-01-01', '采油一队工会'],
            ['周八', 'QH20023', '13905461013', 'QH01-01-01', '采油二队工会'],
          ],
        },
      ]),
    );
    report = await reportOf(fileId);
  });

  it('reports per sheet, refuses only what is wrong, and says what it changed', () => {
    expect(report.sheets).toEqual([
      { name: '采油一大队', read: true, rows: 5, good: 3, bad: 2, note: '' },
      { name: '说明', read: false, rows: 0, good: 0, bad: 0, note: '没有名册的表头，未读取' },
      { name: '新入职', read: true, rows: 2, good: 1, bad: 1, note: '' },
    ]);
    expect(report.errors).toEqual([
      {
        sheet: '采油一大队',
        row: 6,
        label: '赵六 QH20020',
        reasons: ['未知的单位：不存在的工会（应为单位编码或系统中的单位全称）'],
      },
      { sheet: '采油一大队', row: 7, label: '钱七 QH20021', reasons: ['单位不在您的管理范围内：QH01-02-01'] },
      {
        sheet: '新入职',
        row: 3,
        label: '周八 QH20023',
        reasons: ['单位编码QH01-01-01是“采油一队工会”，与单位名称“采油二队工会”不一致'],
      },
    ]);
    expect(report.warnings).toEqual([
      {
        sheet: '采油一大队',
        row: 3,
        label: '王芳 000123',
        messages: ['工号按表格中显示的“000123”读取（单元格里是数字123）', '姓名“王　芳”按“王芳”导入'],
      },
      {
        sheet: '采油一大队',
        row: 4,
        label: '阿依古丽·买买提 QH20018',
        messages: ['姓名“阿依古丽．买买提”按“阿依古丽·买买提”导入', '工号“ＱＨ２００１８”按“QH20018”导入'],
      },
      { sheet: '采油一大队', row: 5, label: 'Li Ming QH20019', messages: ['姓名“Li  Ming”按“Li Ming”导入'] },
      { sheet: '新入职', row: 2, label: '孙悦 QH20022', messages: ['姓名“孙　悦”按“孙悦”导入'] },
    ]);
    expect(report).toMatchObject({ totalRows: 7, goodRows: 4, badRows: 3, newRows: 4 });
  });

  it('stores names, numbers and phones the way the registration form does', async () => {
    await commitAll(fileId);
    const r = roster();
    expect(r.get('000123')).toMatchObject({
      name: '王芳',
      phone: '13905461007',
      unitId: 'u-grass-1',
      unitCode: 'QH01-01-01',
    });
    expect(r.get('QH20018')).toMatchObject({ name: '阿依古丽·买买提', phone: '13905461008', unitId: 'u-grass-2' });
    expect(r.get('QH20019')).toMatchObject({ name: 'Li Ming', phone: '13905461009', unitId: 'u-grass-2' });
    expect(r.get('QH20022')).toMatchObject({ name: '孙悦', unitId: 'u-grass-1' });
    for (const no of ['QH20020', 'QH20021', 'QH20023']) expect(r.has(no)).toBe(false);
  });

  it('the member’s own registration (王芳, 000123, 13905461007, phone proven by WeChat) matches the roster and is verified', async () => {
    const out = await cloud.ok('o-wang-fang', 'member', 'register', {
      name: '王芳',
      employeeNo: '000123',
      phone: '13905461007',
      unitId: 'u-grass-2',
      phoneCode: cloud.host.openapi.issuePhoneCode('13905461007'),
    });
    expect(out).toMatchObject({
      status: 'verified',
      rosterMatched: true,
      member: { name: '王芳', employeeNo: '000123', phone: '13905461007', unitId: 'u-grass-1' },
    });
    // Typed with the same padding and +86, the registration reads the same.
    const li = await cloud.ok('o-li-ming', 'member', 'register', {
      name: 'Li   Ming',
      employeeNo: 'qh20019',
      phone: '+86 139-0546-1009',
      unitId: 'u-grass-1',
      phoneCode: cloud.host.openapi.issuePhoneCode('13905461009'),
    });
    expect(li).toMatchObject({
      status: 'verified',
      rosterMatched: true,
      member: { name: 'Li Ming', employeeNo: 'QH20019', unitId: 'u-grass-2' },
    });
  });
});

describe('the roster template', () => {
  it('lists my units with their codes, and an import of it as it is refuses its example row', async () => {
    const link = await cloud.ok(ORG, 'member', 'getRosterTemplate', {});
    expect(link.fileName).toBe('名册导入模板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cloud.host.storage.read(link.fileID)! as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['名册', '单位编码', '填写说明']);
    const cells = (ws: string) =>
      wb
        .getWorksheet(ws)!
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1));
    expect(cells('名册')[0]).toEqual(['姓名', '工号', '手机号', '单位编码', '单位名称']);
    expect(
      cells('单位编码')
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['QH01-01', 'QH01-01-01', 'QH01-01-02']);

    const report = await reportOf(upload(cloud, 'roster', cloud.host.storage.read(link.fileID)!));
    expect(report.sheets.map((s) => [s.name, s.read])).toEqual([
      ['名册', true],
      ['单位编码', false],
      ['填写说明', false],
    ]);
    expect(report.errors).toEqual([
      {
        sheet: '名册',
        row: 2,
        label: '(示例)王芳 000123',
        reasons: ['这是模板中的示例行，未导入（请删除或改成本单位的内容）'],
      },
    ]);
  });
});
