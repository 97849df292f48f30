/**
 * Writing a workbook from a declaration: each sheet names its columns (header, width, how a row fills
 * the cell) and its rows, and every sheet gets the same styled, frozen header row. The exports had each
 * written this by hand (columns, rows, header, buffer); one place means a change of style, or of
 * exceljs, meets one function.
 */
import type { CellValue } from 'exceljs';
import { newWorkbook, styleHeader, toBuffer, type Workbook } from './workbook';

export interface SheetColumn<R> {
  header: string;
  width: number;
  /** The cell for a row; undefined leaves it empty. */
  value: (row: R) => CellValue | undefined;
  /** A number format for the whole column, header included ('@': text, so Excel keeps 000123 as typed). */
  numFmt?: string;
  /** Long text: wrapped and aligned to the top, header included. */
  wrap?: boolean;
}

export interface SheetSpec<R> {
  name: string;
  columns: readonly SheetColumn<R>[];
  rows: Iterable<R>;
}

/** A sheet ready to be added to a workbook; its row type stays inside, so one workbook can mix sheets. */
export type Sheet = (wb: Workbook) => void;

// Keys exist only in exceljs's memory (they are not written to the file): the column's position will do.
const keyOf = (i: number): string => `c${i}`;

export function sheet<R>(spec: SheetSpec<R>): Sheet {
  return (wb) => {
    const ws = wb.addWorksheet(spec.name);
    ws.columns = spec.columns.map((c, i) => ({
      header: c.header,
      key: keyOf(i),
      width: c.width,
      ...(c.numFmt || c.wrap
        ? {
            style: {
              ...(c.numFmt ? { numFmt: c.numFmt } : {}),
              ...(c.wrap ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
            },
          }
        : {}),
    }));
    for (const row of spec.rows) ws.addRow(Object.fromEntries(spec.columns.map((c, i) => [keyOf(i), c.value(row)])));
    styleHeader(ws);
  };
}

/** A 填写说明 sheet: one instruction a line. The import skips it (it has no header it knows). */
const howToSheet = (lines: readonly string[]): Sheet =>
  sheet({
    name: '填写说明',
    columns: [{ header: '填写说明', width: 100, wrap: true, value: (t: string) => t }],
    rows: lines,
  });

/** The sheets in order, then a 填写说明 sheet when `howTo` is given, as an .xlsx file. */
export async function writeWorkbook(sheets: readonly Sheet[], howTo?: readonly string[]): Promise<Buffer> {
  const wb = newWorkbook();
  for (const add of howTo ? [...sheets, howToSheet(howTo)] : sheets) add(wb);
  return toBuffer(wb);
}
