import type { quizContract } from '../../../domain/contract/quiz';
import { paperStanding } from '../../../domain/rules/paper-window';
import type { Handler } from '../../lib/dispatch';
import { attemptFacts, listMyAttempts } from '../repos/attempts';
import { findPaperHead, paperTerms } from '../repos/papers';
import { aimedAt } from '../access';
import { settleOverdueLatest } from '../overdue';
import { attemptSummary, paperRules } from '../views';
import { unrankedFor } from '../exam-lock';

export const getPaper: Handler<typeof quizContract.getPaper> = async ({ paperId }, ctx) => {
  const member = ctx.member;
  const paper = aimedAt(await findPaperHead(paperId), member);
  const [mine, unranked] = await Promise.all([listMyAttempts(paperId, member._id), unrankedFor(member, paper)]);
  const attempts = await settleOverdueLatest(mine, ctx.now);
  const s = paperStanding(paperTerms(paper), attempts.map(attemptFacts), ctx.now.getTime());
  return {
    id: paper._id,
    title: paper.title,
    description: paper.description,
    window: s.window,
    rules: paperRules(paper),
    attempts: attempts.map(attemptSummary),
    attemptsLeft: { total: s.left.total, today: s.left.today },
    inProgressId: s.inProgressId,
    canStart: s.inProgressId === null && s.refusal === null,
    blockedReason: s.refusal?.message ?? null,
    counted: s.counted ? { score: s.counted.score, passed: s.counted.passed } : null,
    unranked,
  };
};
