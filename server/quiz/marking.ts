/**
 * Marks an attempt on the server. Answers count if saved by the deadline plus grace; a submit's own
 * answers count only if it arrives in that time. Marking commits once, over the answers it read.
 */
import { AppError } from '../../domain/errors';
import { usedSeconds } from '../../domain/rules/paper-window';
import { isPassed, markPaper } from '../../domain/rules/scoring';
import { findAttempt, finishAttempt, type MarkedFields } from './repos/attempts';
import { ms, type AttemptDoc } from './repos/docs';
import { creditPass } from './training-hours';

export function markAttempt(a: AttemptDoc, now: Date, late: Record<string, string[]> = {}): MarkedFields {
  const inTime = now.getTime() <= ms(a.acceptUntil);
  const lateAnswers = inTime ? late : {};
  const answers = a.questions.map((_, i) => lateAnswers[i] ?? a.answers[i] ?? []);
  const mark = markPaper(a.questions, answers, a.paper.partialCredit);
  const deadline = ms(a.deadline);
  // Past the grace the server hands it in: at the deadline, with what was saved by then.
  const submittedAt = inTime ? now : new Date(deadline);
  return {
    submittedAt,
    markedAt: now,
    autoSubmitted: !inTime,
    score: mark.score,
    passed: isPassed(mark.score, a.paper.passScore),
    correctCount: mark.correctCount,
    usedSeconds: usedSeconds(ms(a.startedAt), deadline, submittedAt.getTime()),
    earned: mark.marks.map((m) => m.earned),
    wrongQids: a.questions.filter((_, i) => !mark.marks[i].right).map((q) => q.qid),
    folded: false,
    ...(Object.keys(lateAnswers).length ? { lateAnswers } : {}),
  };
}

/** Marks and stores an in-progress attempt; returns it as submitted (by this call or a concurrent one). */
export async function settle(attempt: AttemptDoc, now: Date, late?: Record<string, string[]>): Promise<AttemptDoc> {
  let a = attempt;
  for (let round = 0; round < 4; round++) {
    if (a.status === 'submitted') return a;
    const marked = markAttempt(a, now, late);
    if (await finishAttempt(a._id, a.rev, marked)) {
      const { lateAnswers, ...fields } = marked;
      const done: AttemptDoc = { ...a, ...fields, answers: { ...a.answers, ...lateAnswers }, status: 'submitted' };
      await creditPass(done, now);
      return done;
    }
    // A save slipped in between our read and our write, or another call marked it: read again.
    const again = await findAttempt(a._id);
    if (!again) break;
    a = again;
  }
  throw new AppError('CONFLICT', '交卷冲突，请重试');
}
