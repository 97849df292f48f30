import type { QuestionImportChunk, QuestionImportReport, quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { Handler } from '../../lib/dispatch';
import { activeKeys, putQuestion } from '../repos/admin-questions';
import { downloadFile } from '../../lib/storage';
import { importKeyOf, importedIdOf, judgeRows, type JudgedRow } from '../import-check';
import { adminScope, type AdminScope } from '../admin-scope';
import { readQuestionSheet } from '../sheet/read-questions';

/** Rows written per call: well inside the timeout, and a visible step of the progress bar. */
export const IMPORT_CHUNK = 200;
/** Parallel single-document writes. */
const WRITE_WAVE = 20;
const MAX_REPORTED_ERRORS = 500;

/**
 * Question bank import from .xlsx, in the two steps the import page walks through:
 * 1. `commit: false` judges every row and returns the report (row numbers and reasons); nothing is
 *    written, so an organizer who cancels here leaves the bank untouched.
 * 2. `commit: true, cursor` writes the good rows of one chunk (IMPORT_CHUNK rows from `cursor`) and
 *    returns `nextCursor` until the file is done, so the page shows real progress. Each row is
 *    written by an id derived from the file and the row, so a chunk retried after a dropped
 *    connection rewrites the same questions instead of adding them twice.
 * The questions join the bank of my own unit.
 */
export const importQuestions: Handler<typeof quizAdminContract.importQuestions> = async (input, ctx) => {
  const scope = await adminScope(ctx);
  const [content, bank] = await Promise.all([downloadFile(input.fileId), activeKeys(scope.bankOwners)]);
  const importKey = importKeyOf(input.fileId);
  const judged = judgeRows(await readQuestionSheet(content), bank, importKey);
  if (!input.commit) return { mode: 'report', report: reportOf(judged) };
  return { mode: 'commit', chunk: await commitChunk(judged, input.cursor ?? 0, importKey, scope, ctx.now) };
};

function reportOf(rows: JudgedRow[]): QuestionImportReport {
  const bad = rows.filter((r) => r.reasons.length > 0);
  const summary = new Map<string, QuestionImportReport['summary'][number]>();
  for (const r of rows) {
    if (!r.question) continue;
    const key = `${r.question.category}\u0000${r.question.type}`;
    const s = summary.get(key) ?? { category: r.question.category, type: r.question.type, count: 0 };
    s.count += 1;
    summary.set(key, s);
  }
  return {
    totalRows: rows.length,
    goodRows: rows.length - bad.length,
    badRows: bad.length,
    errors: bad.slice(0, MAX_REPORTED_ERRORS).map((r) => ({ row: r.row, stem: r.stem, reasons: r.reasons })),
    errorsTruncated: bad.length > MAX_REPORTED_ERRORS,
    summary: [...summary.values()],
  };
}

async function commitChunk(all: JudgedRow[], cursor: number, importKey: string, scope: AdminScope, now: Date): Promise<QuestionImportChunk> {
  const rows = all.slice(cursor, cursor + IMPORT_CHUNK);
  const good = rows.filter((r) => r.question !== null);
  for (let i = 0; i < good.length; i += WRITE_WAVE) {
    await Promise.all(
      good.slice(i, i + WRITE_WAVE).map((r) =>
        putQuestion({
          _id: importedIdOf(importKey, r.row),
          ...r.question!,
          ownerUnitId: scope.actor.unitId,
          status: 'active',
          createdBy: scope.actor._id,
          createdAt: now,
          updatedAt: now,
          importKey,
        }),
      ),
    );
  }
  const end = Math.min(cursor + rows.length, all.length);
  return { totalRows: all.length, processed: end, nextCursor: end < all.length ? end : null, written: good.length };
}
