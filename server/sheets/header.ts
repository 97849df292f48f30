/**
 * Finding a sheet's header wherever the office put it: below a title row, over two rows (选项
 * merged over A-D), with markers (`*题型`, `题目（必填）`) or padding (`姓  名`). Pure: works on the
 * shown texts of the sheet's first rows.
 */
import { headerKey } from '../../domain/rules/sheet-text';

export interface FieldSpec<F extends string> {
  key: F;
  /** The column's name in messages (选项A, 手机号). */
  label: string;
  /** Header words offices use for it; compared after headerKey (markers, spaces, width and case ignored). */
  names: readonly string[];
}

export interface SheetLayout<F extends string> {
  /** What the sheet holds, in messages: 题目 / 名册. */
  what: string;
  fields: readonly FieldSpec<F>[];
  /** Columns a sheet of this name cannot do without: each needs one of its fields (单位编码 or 单位名称). */
  required(sheetName: string): readonly { label: string; anyOf: readonly F[] }[];
}

export interface GridRow {
  row: number;
  /** Shown texts by column number (1-based, as exceljs counts). */
  texts: string[];
}

export interface Header<F extends string> {
  /** The header's last row: data starts below it. */
  lastRow: number;
  firstRow: number;
  columns: Partial<Record<F, number>>;
  /** Labels of required columns not found (empty when the header is complete). */
  missing: string[];
  matched: number;
}

/** How many non-empty rows from the top may come before the header (title, date, unit lines). */
export const HEADER_SCAN = 10;

function lookup<F extends string>(layout: SheetLayout<F>): Map<string, F> {
  const byKey = new Map<string, F>();
  for (const f of layout.fields)
    for (const n of [f.label, ...f.names]) if (!byKey.has(headerKey(n))) byKey.set(headerKey(n), f.key);
  return byKey;
}

/** Assigns each column the first of its candidate texts naming a field not yet taken. */
function assign<F extends string>(candidates: string[][], byKey: Map<string, F>): Partial<Record<F, number>> {
  const columns: Partial<Record<F, number>> = {};
  candidates.forEach((texts, col) => {
    for (const t of texts) {
      const f = byKey.get(headerKey(t));
      if (f !== undefined && columns[f] === undefined) {
        columns[f] = col;
        return;
      }
    }
  });
  return columns;
}

function missingOf<F extends string>(
  layout: SheetLayout<F>,
  sheetName: string,
  columns: Partial<Record<F, number>>,
): string[] {
  return layout
    .required(sheetName)
    .filter((r) => !r.anyOf.some((f) => columns[f] !== undefined))
    .map((r) => r.label);
}

/**
 * The best header among the first rows: every required column present and most columns known;
 * ties go to the earlier and the one-row reading. When no row is complete, the nearest miss (for
 * a message naming what is missing), or null when nothing there looks like a header at all.
 */
export function findHeader<F extends string>(
  grid: readonly GridRow[],
  sheetName: string,
  layout: SheetLayout<F>,
): Header<F> | null {
  const byKey = lookup(layout);
  const rows = grid.slice(0, HEADER_SCAN);
  const found: Header<F>[] = [];
  rows.forEach((top, i) => {
    const single = assign(
      top.texts.map((t) => [t]),
      byKey,
    );
    found.push({
      firstRow: top.row,
      lastRow: top.row,
      columns: single,
      missing: missingOf(layout, sheetName, single),
      matched: Object.keys(single).length,
    });
    const bottom = rows[i + 1];
    if (!bottom || bottom.row !== top.row + 1) return;
    const width = Math.max(top.texts.length, bottom.texts.length);
    const candidates: string[][] = [];
    for (let c = 0; c < width; c++) {
      const t = (top.texts[c] ?? '').trim();
      const b = (bottom.texts[c] ?? '').trim();
      candidates.push(!b || b === t ? [t] : !t ? [b] : [b, t + b, t]);
    }
    const double = assign(candidates, byKey);
    // A second header row holds only header words: a cell of anything else means it is data.
    const bottomIsHeader = bottom.texts.every((raw, c) => {
      const b = (raw ?? '').trim();
      const t = (top.texts[c] ?? '').trim();
      return !b || b === t || byKey.has(headerKey(b)) || byKey.has(headerKey(t + b));
    });
    if (bottomIsHeader) {
      found.push({
        firstRow: top.row,
        lastRow: bottom.row,
        columns: double,
        missing: missingOf(layout, sheetName, double),
        matched: Object.keys(double).length,
      });
    }
  });
  const complete = found.filter((h) => h.missing.length === 0);
  const pool = complete.length ? complete : found.filter((h) => h.matched >= 2);
  // Stable sort keeps the earlier row and the one-row reading first among equals.
  const best = [...pool].sort((a, b) => b.matched - a.matched || a.missing.length - b.missing.length)[0];
  return best ?? null;
}
