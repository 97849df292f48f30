/**
 * Arranging question-import tests (import*.test.ts): rows in the import's layout, one-sheet
 * workbooks, and the import's two steps as the organizer's page takes them: the report on an
 * uploaded file, then the commit, chunk by chunk. The rest of the area's helpers are in support.ts.
 */
import { upload, type TestCloud } from '../support/cloud';
import { ORGANIZER } from '../support/personas';
import { workbook, type CellSpec, type SheetSpec } from '../support/workbook';
import { storedQuestions } from '../quiz/support';
import type {
  ImportQuestionsOutput,
  QuestionImportChunk,
  QuestionImportReport,
} from '../../domain/contract/quiz-admin';
import type { QuestionDoc } from '../../server/quiz/repos/docs';
import { importKeyOf } from '../../server/quiz/import-check';

export type Row = (string | number | null)[];
/** A row in QUESTION_LAYOUT order from the fields a test cares about. */
export const row = (
  type: string,
  stem: string,
  options: string[],
  answer: string,
  extra: { explanation?: string; category?: string; difficulty?: string | number; source?: string } = {},
): Row => [
  type,
  stem,
  ...[0, 1, 2, 3, 4, 5].map((i) => options[i] ?? ''),
  answer,
  extra.explanation ?? '',
  extra.category ?? '法律法规',
  extra.difficulty ?? '',
  extra.source ?? '',
];

/** A workbook of one sheet. */
export const oneSheet = (name: string, rows: CellSpec[][], extra: Partial<SheetSpec> = {}): Promise<Buffer> =>
  workbook([{ name, rows, ...extra }]);

/** The import's report on an uploaded file: every row judged, nothing written. */
export async function reportImport(cloud: TestCloud, openid: string, fileId: string): Promise<QuestionImportReport> {
  const out = await cloud.ok(openid, 'quizAdmin', 'importQuestions', { fileId, commit: false });
  if (out.mode !== 'report') throw new Error('expected a report');
  return out.report;
}

/** Confirms an import: every chunk in turn, as the page's progress bar follows them; returns the chunks. */
export async function commitImport(cloud: TestCloud, openid: string, fileId: string): Promise<QuestionImportChunk[]> {
  const chunks: QuestionImportChunk[] = [];
  for (let cursor: number | null = 0; cursor !== null;) {
    const out: ImportQuestionsOutput = await cloud.ok(openid, 'quizAdmin', 'importQuestions', {
      fileId,
      commit: true,
      cursor,
    });
    if (out.mode !== 'commit') throw new Error('expected a chunk');
    chunks.push(out.chunk);
    cursor = out.chunk.nextCursor;
  }
  return chunks;
}

/** Uploads a workbook as the organizer and reads the import's report on it. */
export async function checkFile(
  cloud: TestCloud,
  content: Buffer,
): Promise<{ fileId: string; report: QuestionImportReport }> {
  const fileId = upload(cloud, 'questions', content);
  return { fileId, report: await reportImport(cloud, ORGANIZER, fileId) };
}

/** Commits the whole file as the organizer and returns the questions it wrote, by sheet and row. */
export async function commitFile(cloud: TestCloud, fileId: string): Promise<Map<string, QuestionDoc>> {
  await commitImport(cloud, ORGANIZER, fileId);
  const key = importKeyOf(fileId);
  const mine = (await storedQuestions(cloud)).filter((q) => q.importKey === key);
  // Ids are qi-<file>-<sheet>-<row>: the map is keyed "<sheet>-<row>".
  return new Map(mine.map((q) => [q._id.slice(`qi-${key}-`.length), q]));
}

/** What a stored question says: type, stem, options, answer, category. */
export const questionContent = (q: QuestionDoc | undefined) =>
  q && { type: q.type, stem: q.stem, options: q.options, answer: q.answer, category: q.category };
export const errorsOf = (r: QuestionImportReport) => r.errors.map((e) => [e.sheet, e.row, e.reasons]);
export const warningsOf = (r: QuestionImportReport) => r.warnings.map((w) => [w.row, w.messages]);
