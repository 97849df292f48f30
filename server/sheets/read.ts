/**
 * Reads every sheet of a workbook that has a header of the layout (instructions, lists of codes and
 * other sheets are passed over and named in the report): each data row as the shown texts of its
 * fields, with what the clerk should hear about it (a number read as shown, a picture in a cell,
 * a template example). Hidden rows are left out and named; blank rows are not rows.
 */
import { AppError } from '../../domain/errors';
import { shownCell } from './cell-text';
import { findHeader, HEADER_SCAN, type GridRow, type Header, type SheetLayout } from './header';
import type { Workbook, Worksheet } from './workbook';

export interface SheetRow<F extends string> {
  sheet: string;
  /** The sheet's position in the workbook (1-based): with `row`, a key no other row of the file has. */
  sheetNo: number;
  row: number;
  /** Shown text of each field's cell ('' when the column is absent or the cell holds a picture). */
  cells: Record<F, string>;
  /** Things read in a way worth saying (the clerk sees them as warnings). */
  notes: string[];
  /** Why the row cannot be imported whatever its content (a picture where text belongs). */
  refusals: string[];
  /** A row of the template's examples: （示例）... */
  example: boolean;
}

export interface SheetRead<F extends string> {
  name: string;
  header: Header<F> | null;
  /** Why it was passed over, or what was left out of it. */
  note: string;
  rows: SheetRow<F>[];
}

/** Columns looked at: a roster or a bank is a dozen columns, a stray cell far right is not data. */
const MAX_COLUMNS = 60;

const EXAMPLE = /^[\s\u3000]*([（(【[]\s*示例\s*[）)】\]]|示例[:：])/;

function texts(ws: Worksheet, rowNumber: number, width: number): string[] {
  const r = ws.getRow(rowNumber);
  const out: string[] = [];
  for (let c = 1; c <= width; c++) out[c] = shownCell(r.getCell(c)).text;
  return out;
}

function rowNumbers(ws: Worksheet): number[] {
  const out: number[] = [];
  ws.eachRow({ includeEmpty: false }, (_r, n) => out.push(n));
  return out;
}

const joinRows = (rows: number[]): string =>
  rows.length > 8 ? `第${rows.slice(0, 8).join('、')}等${rows.length}行` : `第${rows.join('、')}行`;

function readSheet<F extends string>(ws: Worksheet, sheetNo: number, layout: SheetLayout<F>): SheetRead<F> {
  const name = ws.name;
  if (ws.state !== 'visible') return { name, header: null, note: '隐藏的工作表，未读取', rows: [] };
  const width = Math.min(ws.columnCount, MAX_COLUMNS);
  const numbers = rowNumbers(ws);
  const grid: GridRow[] = [];
  for (const n of numbers) {
    const t = texts(ws, n, width);
    if (t.some((x) => x && x.trim())) grid.push({ row: n, texts: t });
    if (grid.length >= HEADER_SCAN + 1) break;
  }
  if (grid.length === 0) return { name, header: null, note: '空白工作表', rows: [] };
  const header = findHeader(grid, name, layout);
  if (!header || header.missing.length) {
    const why = header
      ? `第${header.lastRow}行像是表头，但缺少：${header.missing.join('、')}`
      : `没有${layout.what}的表头`;
    return { name, header, note: `${why}，未读取`, rows: [] };
  }
  const fields = layout.fields.filter((f) => header.columns[f.key] !== undefined);
  const rows: SheetRow<F>[] = [];
  const hidden: number[] = [];
  for (const n of numbers) {
    if (n <= header.lastRow) continue;
    const r = ws.getRow(n);
    const cells = Object.fromEntries(layout.fields.map((f) => [f.key, ''])) as Record<F, string>;
    const notes: string[] = [];
    const refusals: string[] = [];
    let any = false;
    for (const f of fields) {
      const cell = shownCell(r.getCell(header.columns[f.key]!));
      if (cell.picture) {
        refusals.push(`${f.label}是嵌入单元格的图片（WPS 图片），暂不支持导入图片，请改为文字`);
        any = true;
        continue;
      }
      if (!cell.text.trim()) continue;
      any = true;
      cells[f.key] = cell.text;
      if (cell.raw)
        notes.push(
          `${f.label}按表格中显示的“${cell.text}”读取（单元格里是${cell.raw === '日期' ? '日期' : `数字${cell.raw}`}）`,
        );
    }
    if (!any) continue;
    if (r.hidden) {
      hidden.push(n);
      continue;
    }
    const example = fields.some((f) => EXAMPLE.test(cells[f.key]));
    rows.push({ sheet: name, sheetNo, row: n, cells, notes, refusals, example });
  }
  return { name, header, note: hidden.length ? `${joinRows(hidden)}是隐藏行，未导入` : '', rows };
}

/**
 * Every sheet of the workbook, read or passed over. Refuses the file as a whole only when no sheet
 * has a header (naming what the nearest one lacks) or when it holds more rows than one import takes.
 */
export function readSheets<F extends string>(wb: Workbook, layout: SheetLayout<F>, maxRows: number): SheetRead<F>[] {
  const sheets = wb.worksheets.map((ws, i) => readSheet(ws, i + 1, layout));
  if (!sheets.some((s) => s.header && s.header.missing.length === 0)) {
    const near = sheets.filter((s) => s.header).sort((a, b) => b.header!.matched - a.header!.matched)[0];
    const needed = layout
      .required(near?.name ?? '')
      .map((r) => r.label)
      .join('、');
    if (near)
      throw new AppError(
        'BAD_REQUEST',
        `「${near.name}」工作表第${near.header!.lastRow}行的表头缺少：${near.header!.missing.join('、')}（必需的列：${needed}）`,
      );
    throw new AppError(
      'BAD_REQUEST',
      sheets.length ? `没有找到${layout.what}的表头：表头应包含${needed}（可先下载模板）` : '文件中没有工作表',
    );
  }
  const total = sheets.reduce((n, s) => n + s.rows.length, 0);
  if (total > maxRows) throw new AppError('BAD_REQUEST', `文件共${total}行，超过一次可导入的${maxRows}行，请分批导入`);
  return sheets;
}
