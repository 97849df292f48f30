/**
 * What a question says besides itself: its category, explanation and source. Kept out of the
 * attempt (every save rewrites it) and read from the papers' frozen pools when a result or the
 * wrong-answer book needs them; the bank answers for anything a pool no longer holds.
 */
import { listPaperPools } from './repos/papers';
import { findQuestions } from './repos/questions';

export interface QuestionNotes {
  category: string;
  explanation: string;
  source: string;
}

export const NO_NOTES: QuestionNotes = { category: '', explanation: '', source: '' };

export async function notesFor(paperIds: string[], qids: string[]): Promise<Map<string, QuestionNotes>> {
  const notes = new Map<string, QuestionNotes>();
  for (const paper of await listPaperPools([...new Set(paperIds)])) {
    for (const q of paper.pool) notes.set(q.id, { category: q.category, explanation: q.explanation, source: q.source });
  }
  const missing = [...new Set(qids)].filter((id) => !notes.has(id));
  if (missing.length)
    for (const q of await findQuestions(missing))
      notes.set(q._id, { category: q.category, explanation: q.explanation, source: q.source });
  return notes;
}
