/**
 * exceljs, loaded on first use. It is installed beside the functions that read or write a
 * spreadsheet (not bundled, see scripts/build-cloud.ts) and required only by those actions, so the
 * others never pay for loading it. A plain require: the functions are CommonJS.
 */
import type * as ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors';

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;
export type Cell = ExcelJS.Cell;

let patched = false;

/**
 * Excel saves its built-in formats by number only, and the Chinese ones (ids 27-58: m"月"d"日",
 * yyyy"年"m"月"d"日", 上午/下午 h"时"mm"分"...) are what a Chinese Excel gives a typed date or a
 * fraction it took for one. exceljs knows them only per locale and so drops them: the cell then reads
 * as a bare serial number (45325 for 2月3日). Naming the zh-CN code for each lets the reader show the
 * cell as the clerk saw it. Reading only: exceljs picks ids for writing from a table built at load.
 */
function knowChineseFormats(): void {
  if (patched) return;
  patched = true;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const defaults = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f?: string; 'zh-cn'?: string }>;
  for (const entry of Object.values(defaults)) if (!entry.f && entry['zh-cn']) entry.f = entry['zh-cn'];
}

function exceljs(): typeof ExcelJS {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('exceljs') as typeof ExcelJS;
}

export function newWorkbook(): Workbook {
  const wb = new (exceljs().Workbook)();
  wb.creator = '工会娘家人';
  return wb;
}

/** An uploaded file as a workbook, or BAD_REQUEST saying what to upload instead. */
export async function loadWorkbook(content: Buffer, what: string): Promise<Workbook> {
  knowChineseFormats();
  const wb = new (exceljs().Workbook)();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError(
      'BAD_REQUEST',
      `无法读取该文件，请上传 .xlsx 格式的${what}（可先下载模板；.xls 或 WPS 文件请先另存为 .xlsx）`,
    );
  }
  return wb;
}

/** A header row in bold on a light fill, frozen so it stays in view. */
export function styleHeader(sheet: Worksheet, row = 1): void {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBE9E7' } };
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

export async function toBuffer(wb: Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
