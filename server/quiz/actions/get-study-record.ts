import type { StudyPaperLine, quizContract } from '../../../domain/contract/quiz';
import { countedAttempt } from '../../../domain/rules/paper-window';
import { chinaYear, chinaYearRange } from '../../../domain/rules/china-time';
import type { Handler } from '../../lib/dispatch';
import { listMySubmittedBetween } from '../repos/attempts';
import { ms, type AttemptHead } from '../repos/docs';
import { loadBook } from '../book';

function paperLine(paperId: string, attempts: AttemptHead[]): StudyPaperLine {
  const scored = attempts.map((a) => ({
    id: a._id,
    score: a.score ?? 0,
    passed: a.passed === true,
    submittedAt: ms(a.submittedAt ?? a.startedAt),
  }));
  const last = countedAttempt(scored, 'last')!;
  const best = countedAttempt(scored, 'best')!;
  const mode = attempts[0].paper.counts;
  return {
    paperId,
    title: attempts[0].paper.title,
    attempts: attempts.length,
    bestScore: best.score,
    lastScore: last.score,
    maxScore: attempts[0].paper.maxScore,
    passed: (mode === 'best' ? best : last).passed,
    lastAt: last.submittedAt,
  };
}

/** Derived from my attempts of the year and my practice totals: no counters on the exam path. */
export const getStudyRecord: Handler<typeof quizContract.getStudyRecord> = async ({ year }, ctx) => {
  const member = ctx.member;
  const currentYear = chinaYear(ctx.now.getTime());
  const y = year ?? currentYear;
  const range = chinaYearRange(y);
  const [attempts, book] = await Promise.all([
    listMySubmittedBetween(member._id, new Date(range.from), new Date(range.to)),
    loadBook(member._id, ctx.now),
  ]);
  const byPaper = new Map<string, AttemptHead[]>();
  for (const a of attempts) byPaper.set(a.paperId, [...(byPaper.get(a.paperId) ?? []), a]);
  const papers = [...byPaper.entries()].map(([id, list]) => paperLine(id, list)).sort((a, b) => b.lastAt - a.lastAt);
  const practice = book?.practiceYears[String(y)];
  return {
    year: y,
    currentYear,
    exams: {
      papers: papers.length,
      attempts: attempts.length,
      passedPapers: papers.filter((p) => p.passed).length,
      seconds: attempts.reduce((s, a) => s + (a.usedSeconds ?? 0), 0),
    },
    practice: { answered: practice?.answered ?? 0, right: practice?.right ?? 0, seconds: practice?.seconds ?? 0 },
    wrongBookTotal: Object.keys(book?.items ?? {}).length,
    papers,
  };
};
