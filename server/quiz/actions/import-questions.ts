import type { QuestionImportReport, quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { QuestionContent } from '../../../domain/rules/question-import';
import type { Handler } from '../../lib/dispatch';
import { commitChunk, inWaves, judgeFile, reportOf, type JudgedFile } from '../../sheets/flow';
import { downloadOwnUpload } from '../../lib/storage';
import { activeKeys, putQuestion } from '../repos/admin-questions';
import { importKeyOf, importedIdOf, questionPlan } from '../import-check';
import { adminScope } from '../admin-scope';

/** Rows written per call: well inside the timeout, and a visible step of the progress bar. */
export const IMPORT_CHUNK = 200;
/** Parallel single-document writes. */
const WRITE_WAVE = 20;

/**
 * Question bank import from .xlsx, in the two steps the import page walks through (the flow is
 * server/sheets/flow): `commit: false` judges every row of every question sheet and returns the
 * report; `commit: true, cursor` writes the good rows of one chunk. Each row is written by an id
 * derived from the file, the sheet and the row, so a retried chunk rewrites the same questions.
 * The questions join the bank of my own unit.
 */
export const importQuestions: Handler<typeof quizAdminContract.importQuestions> = async (input, ctx) => {
  const scope = await adminScope(ctx);
  const [content, bank] = await Promise.all([
    downloadOwnUpload(input.fileId, ctx.openid, 'questions'),
    activeKeys(scope.bankOwners),
  ]);
  const importKey = importKeyOf(input.fileId);
  const file = await judgeFile(content, questionPlan(bank, importKey));
  if (!input.commit) return { mode: 'report', report: questionReport(file) };
  const chunk = await commitChunk(file, input.cursor ?? 0, IMPORT_CHUNK, async (good) => {
    await inWaves(good, WRITE_WAVE, (r) =>
      putQuestion({
        _id: importedIdOf(importKey, r.sheetNo, r.row),
        ...r.value,
        ownerUnitId: scope.actor.unitId,
        status: 'active',
        createdBy: scope.actor._id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        importKey,
      }),
    );
    return {};
  });
  return { mode: 'commit', chunk };
};

/** The kit's report plus the good rows per category and type, as the organizer will find them. */
function questionReport(file: JudgedFile<string, QuestionContent>): QuestionImportReport {
  const summary = new Map<string, QuestionImportReport['summary'][number]>();
  for (const r of file.rows) {
    if (!r.value) continue;
    const key = `${r.value.category}\u0000${r.value.type}`;
    const s = summary.get(key) ?? { category: r.value.category, type: r.value.type, count: 0 };
    s.count += 1;
    summary.set(key, s);
  }
  return { ...reportOf(file), summary: [...summary.values()] };
}
