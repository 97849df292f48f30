/**
 * Judges every row of an uploaded bank before anything is written: the row's own problems
 * (domain/rules/question-import) and duplicates, of the bank or of an earlier row of the file.
 * Every call judges the whole file again, so the report and each write chunk agree row for row.
 */
import crypto from 'crypto';
import { duplicateKey, parseQuestionRow, type QuestionContent } from '../../domain/rules/question-import';
import type { BankKey } from './repos/admin-questions';
import type { QuestionSheetRow } from './sheet/read-questions';

export interface JudgedRow {
  row: number;
  stem: string;
  question: QuestionContent | null;
  reasons: string[];
}

/**
 * Questions written by this same import carry its key, so a chunk retried (or the next chunk,
 * which re-judges the file) does not find the earlier chunks' rows as duplicates of the bank.
 */
export const importKeyOf = (fileId: string): string => crypto.createHash('sha1').update(fileId).digest('hex').slice(0, 12);

export const importedIdOf = (importKey: string, row: number): string => `qi-${importKey}-${row}`;

export function judgeRows(rows: readonly QuestionSheetRow[], bank: readonly BankKey[], importKey: string): JudgedRow[] {
  const existing = new Set(bank.filter((k) => k.importKey !== importKey).map((k) => duplicateKey(k.type, k.stem)));
  const firstRow = new Map<string, number>();
  return rows.map(({ row, cells }) => {
    const stem = cells['题目'].trim().slice(0, 40);
    const verdict = parseQuestionRow(cells);
    if (!verdict.ok) return { row, stem, question: null, reasons: verdict.reasons };
    const key = duplicateKey(verdict.question.type, verdict.question.stem);
    if (existing.has(key)) return { row, stem, question: null, reasons: ['与题库中已有题目重复'] };
    const earlier = firstRow.get(key);
    if (earlier !== undefined) return { row, stem, question: null, reasons: [`与第${earlier}行重复`] };
    firstRow.set(key, row);
    return { row, stem, question: verdict.question, reasons: [] };
  });
}
