/**
 * The wrong-answer book is derived from submitted attempts: submit only marks its attempt (no
 * second document on the exam path), and the book folds in what it has not seen yet whenever it
 * is read. Folding is idempotent: the book remembers the attempts it folded.
 */
import type { AttemptDoc, LearnerDoc, WrongItem } from './repos/docs';
import { listUnfolded, markFolded } from './repos/attempts';
import { createLearner, emptyLearner, findLearner, updateLearner } from './repos/learners';
import { ms } from './repos/docs';
import { NO_NOTES, notesFor, type QuestionNotes } from './notes';

const FOLD_PAGE = 20;
const REMEMBER_FOLDED = 200;

/** Book entries for the questions these attempts got wrong (later attempts win). */
export function foldWrong(
  items: Readonly<Record<string, WrongItem>>,
  attempts: readonly Pick<AttemptDoc, 'questions' | 'wrongQids' | 'submittedAt'>[],
  notes: Map<string, QuestionNotes>,
): Record<string, WrongItem> {
  const changed: Record<string, WrongItem> = {};
  const ordered = [...attempts].sort((a, b) => ms(a.submittedAt ?? 0) - ms(b.submittedAt ?? 0));
  for (const a of ordered) {
    const wrong = new Set(a.wrongQids ?? []);
    for (const q of a.questions) {
      if (!wrong.has(q.qid)) continue;
      const prev = changed[q.qid] ?? items[q.qid];
      const n = notes.get(q.qid) ?? NO_NOTES;
      changed[q.qid] = {
        qid: q.qid,
        type: q.type,
        category: n.category,
        stem: q.stem,
        options: q.options,
        correct: q.tokens.flatMap((t, i) => (q.correct.includes(t) ? [i] : [])),
        explanation: n.explanation,
        source: n.source,
        wrongCount: (prev?.wrongCount ?? 0) + 1,
        lastWrongAt: new Date(ms(a.submittedAt ?? 0)),
        // Wrong again in an exam: the two right practice answers start over.
        rightCount: 0,
      };
    }
  }
  return changed;
}

/** The member's book with every submitted attempt folded in (null: no book and nothing to fold). */
export async function loadBook(openid: string, now: Date): Promise<LearnerDoc | null> {
  for (let round = 0; round < 8; round++) {
    const [learner, unfolded] = await Promise.all([findLearner(openid), listUnfolded(openid, FOLD_PAGE)]);
    if (unfolded.length === 0) return learner;
    const seen = new Set(learner?.foldedIds ?? []);
    const fresh = unfolded.filter((a) => !seen.has(a._id));
    let book = learner;
    if (fresh.length > 0) {
      const wrongIds = fresh.flatMap((a) => a.wrongQids ?? []);
      const notes = wrongIds.length
        ? await notesFor(
            fresh.map((a) => a.paperId),
            wrongIds,
          )
        : new Map<string, QuestionNotes>();
      const setItems = foldWrong(learner?.items ?? {}, fresh, notes);
      const foldedIds = [...fresh.map((a) => a._id), ...(learner?.foldedIds ?? [])].slice(0, REMEMBER_FOLDED);
      if (!learner) {
        book = { ...emptyLearner(openid, now), items: setItems, foldedIds };
        if (!(await createLearner(book))) continue;
      } else {
        if (!(await updateLearner(openid, learner.version, now, { setItems, foldedIds }))) continue;
        book = { ...learner, items: { ...learner.items, ...setItems }, foldedIds, version: learner.version + 1 };
      }
    }
    await markFolded(unfolded.map((a) => a._id));
    if (unfolded.length < FOLD_PAGE) return book;
  }
  return findLearner(openid);
}
