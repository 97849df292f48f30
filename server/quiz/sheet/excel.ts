/**
 * exceljs, loaded on first use. It is installed beside the function (not bundled, see
 * scripts/build-cloud.ts) and required only by the actions that read or write a spreadsheet, so the
 * others never pay for loading it. A plain require: the function is CommonJS.
 */
import type * as ExcelJS from 'exceljs';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export function newWorkbook(): Workbook {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  const wb = new Workbook();
  wb.creator = '工会娘家人';
  return wb;
}

/** A cell as the person typed it: numbers, rich text, hyperlinks and formula results as plain text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('').trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return '';
}

/** A header row in bold on a light fill, frozen so it stays in view. */
export function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBE9E7' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export async function toBuffer(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
