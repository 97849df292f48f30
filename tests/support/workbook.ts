/**
 * Messy workbooks built in the test, the way offices' own files look: title rows, merged and
 * two-row headers, number formats, hidden rows, WPS pictures in cells, several sheets. Built with
 * exceljs (no binary fixtures); `builtinFormat` rewrites a custom format into one of Excel's
 * numbered built-ins, as a Chinese Excel saves a typed date (m"月"d"日" is id 58 there).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { TestCloud } from './cloud';

/** The columns of the question-import template, in order (the server's layout, written out here on purpose). */
export const QUESTION_LAYOUT = [
  '题型',
  '题目',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '选项E',
  '选项F',
  '答案',
  '解析',
  '分类',
  '难度',
  '出处',
];

/** A cell: its value, or its value with a number format. */
export type CellSpec = string | number | Date | boolean | null | { value: ExcelJS.CellValue; numFmt?: string };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Ranges to merge, e.g. 'C1:F1'. */
  merges?: string[];
  /** Sheet row numbers to hide. */
  hiddenRows?: number[];
  state?: 'visible' | 'hidden';
}

export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((cells, i) => {
      const row = ws.getRow(i + 1);
      cells.forEach((c, j) => {
        if (c === null || c === undefined) return;
        const cell = row.getCell(j + 1);
        if (typeof c === 'object' && !(c instanceof Date) && 'value' in c) {
          cell.value = c.value;
          if (c.numFmt) cell.numFmt = c.numFmt;
        } else cell.value = c;
      });
      row.commit();
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const n of s.hiddenRows ?? []) ws.getRow(n).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One sheet with a header row and data rows. */
export const simpleBook = (name: string, header: string[], rows: CellSpec[][]): Promise<Buffer> =>
  workbook([{ name, rows: [header, ...rows] }]);

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Turns the custom format `code` in a saved workbook into Excel's built-in number `id`: the
 * <numFmt> entry goes and the cell styles refer to the id alone, as Excel itself writes them.
 */
export async function builtinFormat(content: Buffer, code: string, id: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(content);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const entry = new RegExp(
    `<numFmt numFmtId="(\\d+)" formatCode="${escapeXml(code).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*/>`,
  );
  const m = entry.exec(styles);
  if (!m) throw new Error(`format ${code} not in styles.xml`);
  const rewritten = styles.replace(m[0], '').replace(new RegExp(`numFmtId="${m[1]}"`, 'g'), `numFmtId="${id}"`);
  zip.file('xl/styles.xml', rewritten);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

/** Reads back a workbook a function wrote (by its fileID): each sheet as rows of cell texts. */
export async function readWorkbook(cloud: TestCloud, fileID: string): Promise<Record<string, string[][]>> {
  const content = cloud.host.storage.read(fileID);
  if (!content) throw new Error(`no file ${fileID}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (r) =>
      rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    out[ws.name] = rows;
  }
  return out;
}
