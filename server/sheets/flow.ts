/**
 * The flow every spreadsheet import walks, written once (question bank, roster):
 * 1. read the uploaded file (server/sheets/read) and judge every row (the subject's rules);
 * 2. without `commit`: the report, per sheet and per row, with nothing written;
 * 3. with `commit`: write the good rows of one chunk from `cursor`, and say how far the file is done.
 * Every call reads and judges the whole file again, so the report and each chunk agree row for row
 * and no call depends on state an earlier one left; the subject writes by ids derived from the
 * file or the row, so a retried chunk rewrites instead of adding twice. Bad rows are never written.
 */
import {
  MAX_REPORTED,
  type SheetImportChunk,
  type SheetImportReport,
  type SheetLine,
} from '../../domain/contract/sheet-import';
import type { SheetLayout } from './header';
import { readSheets, type SheetRead, type SheetRow } from './read';
import { loadWorkbook } from './workbook';

export interface RowVerdict<T> {
  label: string;
  value: T | null;
  reasons: string[];
  warnings: string[];
}

export interface JudgedRow<T> extends RowVerdict<T> {
  sheet: string;
  sheetNo: number;
  row: number;
}

export interface ImportPlan<F extends string, T> {
  layout: SheetLayout<F>;
  /** The file in messages: 题库 / 名册. */
  what: string;
  maxRows: number;
  /** A row's label when the kit refuses it before judging (an example, a picture). */
  labelOf(row: SheetRow<F>): string;
  /** Judges the readable rows, all at once (duplicates are a matter of the whole file). */
  judge(rows: SheetRow<F>[]): Promise<RowVerdict<T>[]> | RowVerdict<T>[];
}

export interface JudgedFile<F extends string, T> {
  sheets: SheetRead<F>[];
  /** Every data row of every read sheet, in sheet and row order. */
  rows: JudgedRow<T>[];
}

const EXAMPLE_REASON = '这是模板中的示例行，未导入（请删除或改成本单位的内容）';

/** Reads the uploaded file (the action downloads it, see server/lib/storage) and judges every row. */
export async function judgeFile<F extends string, T>(
  content: Buffer,
  plan: ImportPlan<F, T>,
): Promise<JudgedFile<F, T>> {
  const wb = await loadWorkbook(content, plan.what);
  const sheets = readSheets(wb, plan.layout, plan.maxRows);
  const all = sheets.flatMap((s) => s.rows);
  const open = all.filter((r) => !r.example && r.refusals.length === 0);
  const verdicts = await plan.judge(open);
  const byRow = new Map(open.map((r, i) => [r, verdicts[i]]));
  const rows = all.map((r): JudgedRow<T> => {
    const v = byRow.get(r);
    const base = { sheet: r.sheet, sheetNo: r.sheetNo, row: r.row };
    if (!v)
      return {
        ...base,
        label: plan.labelOf(r),
        value: null,
        reasons: r.example ? [EXAMPLE_REASON] : r.refusals,
        warnings: [],
      };
    return { ...base, ...v, value: v.reasons.length ? null : v.value, warnings: [...r.notes, ...v.warnings] };
  });
  return { sheets, rows };
}

/** The report of a judged file: per sheet, then refused rows and warned rows. Writes nothing. */
export function reportOf<F extends string, T>(file: JudgedFile<F, T>): SheetImportReport {
  const bad = file.rows.filter((r) => r.value === null);
  const warned = file.rows.filter((r) => r.value !== null && r.warnings.length > 0);
  const sheets: SheetLine[] = file.sheets.map((s) => {
    const rows = file.rows.filter((r) => r.sheet === s.name);
    const good = rows.filter((r) => r.value !== null).length;
    return {
      name: s.name,
      read: s.header !== null && s.header.missing.length === 0,
      rows: rows.length,
      good,
      bad: rows.length - good,
      note: s.note,
    };
  });
  return {
    sheets,
    totalRows: file.rows.length,
    goodRows: file.rows.length - bad.length,
    badRows: bad.length,
    errors: bad.slice(0, MAX_REPORTED).map(({ sheet, row, label, reasons }) => ({ sheet, row, label, reasons })),
    errorsTruncated: bad.length > MAX_REPORTED,
    warnings: warned
      .slice(0, MAX_REPORTED)
      .map(({ sheet, row, label, warnings }) => ({ sheet, row, label, messages: warnings })),
    warningsTruncated: warned.length > MAX_REPORTED,
  };
}

export type GoodRow<T> = JudgedRow<T> & { value: T };

/**
 * Writes the good rows of the chunk starting at `cursor` (`size` rows, good or bad) through
 * `write`, which returns the subject's own counts for the chunk (verified members...).
 */
export async function commitChunk<F extends string, T, E extends object>(
  file: JudgedFile<F, T>,
  cursor: number,
  size: number,
  write: (rows: GoodRow<T>[]) => Promise<E>,
): Promise<SheetImportChunk & E> {
  const rows = file.rows.slice(cursor, cursor + size);
  const good = rows.filter((r): r is GoodRow<T> => r.value !== null);
  const extra = await write(good);
  const end = Math.min(cursor + rows.length, file.rows.length);
  return {
    ...extra,
    totalRows: file.rows.length,
    processed: end,
    nextCursor: end < file.rows.length ? end : null,
    written: good.length,
    skipped: rows.length - good.length,
  };
}

/** Runs `write` over `items`, `wave` at a time: parallel single-document writes, bounded. */
export async function inWaves<T>(
  items: readonly T[],
  wave: number,
  write: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += wave) await Promise.all(items.slice(i, i + wave).map(write));
}
