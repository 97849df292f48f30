/**
 * The roster as an Excel workbook: confirmed, waitlisted, checked-in and absent members on sheets
 * of their own, and a sheet of counts per unit. exceljs is installed beside this function (not
 * bundled) and required on first use, so the function's other actions never load it.
 */
import type { UnitCounts } from '../../../domain/contract/event-admin-model';
import type { EventDoc } from '../repos/docs';
import { columnsFor, stampOrEmpty, type ExportRow } from './columns';

export interface RosterSheets {
  confirmed: ExportRow[];
  waitlisted: ExportRow[];
  checkedIn: ExportRow[];
  notCheckedIn: ExportRow[];
}

/** Sheet names, in order; tests and organizers find them by these. */
export const SHEET_NAMES = {
  confirmed: '已确认',
  waitlisted: '候补',
  checkedIn: '已签到',
  notCheckedIn: '未签到',
  units: '按单位统计',
} as const;

type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;

function addTable(
  workbook: Workbook,
  name: string,
  rows: ExportRow[],
  event: EventDoc,
  full: boolean,
  withPosition: boolean,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = columnsFor(event.fields ?? [], full, withPosition);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  rows.forEach((r, i) => sheet.addRow(columns.map((c) => c.value(r, i))));
  styleHeader(sheet, columns.length);
}

function styleHeader(sheet: Worksheet, width: number): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  if (sheet.rowCount > 1)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: sheet.rowCount, column: width } };
}

function addUnitSheet(workbook: Workbook, event: EventDoc, units: UnitCounts[], now: Date, full: boolean): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES.units);
  sheet.columns = [
    { header: '单位', width: 24 },
    { header: '已确认', width: 10 },
    { header: '已签到', width: 10 },
    { header: '未签到', width: 10 },
    { header: '候补', width: 10 },
    { header: '待审核', width: 10 },
  ];
  for (const u of units) {
    // Indent by level so the tree reads at a glance.
    sheet.addRow([
      `${'　'.repeat(u.level - 1)}${u.name}`,
      u.confirmed,
      u.checkedIn,
      u.confirmed - u.checkedIn,
      u.waitlisted,
      u.pending,
    ]);
  }
  styleHeader(sheet, 6);
  sheet.addRow([]);
  sheet.addRow([`活动：${event.title}`]);
  sheet.addRow([`导出时间：${stampOrEmpty(now)}（${full ? '含完整个人信息，已记录' : '手机号、身份证号已脱敏'}）`]);
}

export async function buildRosterWorkbook(
  event: EventDoc,
  sheets: RosterSheets,
  units: UnitCounts[],
  full: boolean,
  now: Date,
): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const workbook = new Workbook();
  workbook.creator = '工会娘家人';
  workbook.created = now;
  addTable(workbook, SHEET_NAMES.confirmed, sheets.confirmed, event, full, false);
  addTable(workbook, SHEET_NAMES.waitlisted, sheets.waitlisted, event, full, true);
  addTable(workbook, SHEET_NAMES.checkedIn, sheets.checkedIn, event, full, false);
  addTable(workbook, SHEET_NAMES.notCheckedIn, sheets.notCheckedIn, event, full, false);
  addUnitSheet(workbook, event, units, now, full);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
