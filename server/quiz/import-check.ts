/**
 * The question bank's import plan for the sheet kit (server/sheets): which columns a question
 * sheet has, and how its rows are judged: the row's own reading (domain/rules/question-row), then
 * duplicates of the bank or of an earlier row of the file (type, stem and options).
 */
import crypto from 'crypto';
import type { QuestionType } from '../../domain/contract/quiz';
import { IMPORT_MAX_ROWS } from '../../domain/contract/quiz-admin-model';
import {
  HEADER_NAMES,
  SHEET_COLUMNS,
  duplicateKey,
  sheetTypeOf,
  type QuestionCells,
  type QuestionContent,
  type SheetColumn,
} from '../../domain/rules/question-import';
import { parseQuestionRow } from '../../domain/rules/question-row';
import { cleanText } from '../../domain/rules/sheet-text';
import type { ImportPlan, RowVerdict } from '../sheets/flow';
import type { SheetLayout } from '../sheets/header';
import type { SheetRow } from '../sheets/read';
import type { BankKey } from './repos/admin-questions';

export const QUESTION_LAYOUT: SheetLayout<SheetColumn> = {
  what: '题目',
  fields: SHEET_COLUMNS.map((c) => ({ key: c, label: c, names: HEADER_NAMES[c] })),
  // A sheet named 单选题 / 多选题 / 判断题 gives its rows their type: 题型 may be left out.
  required: (sheetName) => [
    ...(sheetTypeOf(sheetName) ? [] : [{ label: '题型', anyOf: ['题型'] as const }]),
    { label: '题目', anyOf: ['题目'] as const },
    { label: '答案', anyOf: ['答案'] as const },
  ],
};

/**
 * Questions written by this same import carry its key, so a chunk retried (or the next chunk,
 * which re-judges the file) does not find the earlier chunks' rows as duplicates of the bank.
 */
export const importKeyOf = (fileId: string): string =>
  crypto.createHash('sha1').update(fileId).digest('hex').slice(0, 12);

export const importedIdOf = (importKey: string, sheetNo: number, row: number): string =>
  `qi-${importKey}-${sheetNo}-${row}`;

const labelOf = (row: SheetRow<SheetColumn>): string => cleanText(row.cells['题目']).slice(0, 40);

export function questionPlan(bank: readonly BankKey[], importKey: string): ImportPlan<SheetColumn, QuestionContent> {
  return {
    layout: QUESTION_LAYOUT,
    what: '题库',
    maxRows: IMPORT_MAX_ROWS,
    labelOf,
    judge: (rows) => judgeRows(rows, bank, importKey),
  };
}

export function judgeRows(
  rows: readonly SheetRow<SheetColumn>[],
  bank: readonly BankKey[],
  importKey: string,
): RowVerdict<QuestionContent>[] {
  const existing = new Set(bank.filter((k) => k.importKey !== importKey).map(duplicateKey));
  const first = new Map<string, SheetRow<SheetColumn>>();
  const types = new Map<string, QuestionType | null>();
  return rows.map((r) => {
    const label = labelOf(r);
    if (!types.has(r.sheet)) types.set(r.sheet, sheetTypeOf(r.sheet));
    const verdict = parseQuestionRow(r.cells as QuestionCells, types.get(r.sheet) ?? null);
    if (!verdict.ok) return { label, value: null, reasons: verdict.reasons, warnings: verdict.warnings };
    const key = duplicateKey(verdict.question);
    const earlier = first.get(key);
    const reason = existing.has(key)
      ? '与题库中已有题目重复'
      : earlier
        ? `与${earlier.sheet === r.sheet ? '' : `「${earlier.sheet}」`}第${earlier.row}行重复`
        : null;
    if (reason) return { label, value: null, reasons: [reason], warnings: verdict.warnings };
    first.set(key, r);
    return { label, value: verdict.question, reasons: [], warnings: verdict.warnings };
  });
}
