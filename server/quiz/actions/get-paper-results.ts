import type { HardQuestion, quizAdminContract } from '../../../domain/contract/quiz-admin';
import { hardestQuestions, scoreBuckets } from '../../../domain/rules/quiz-stats';
import type { Handler } from '../../lib/dispatch';
import { poolEntries, takeUpOf } from '../repos/admin-papers';
import { findPaperHead } from '../repos/papers';
import { questionCounts } from '../repos/stats';
import { viewablePaper } from '../paper-access';
import { paperFigures } from '../results';
import { adminScope } from '../admin-scope';
import { paperCard } from '../admin-views';

const HARDEST = 10;

/**
 * A paper's results for my part of its audience (admins: all of it): participation, average and
 * pass rate by unit rolled up the tree, the score distribution, the hardest questions and a page
 * of the ranking. Aggregates throughout: correct whatever the number of submissions.
 */
export const getPaperResults: Handler<typeof quizAdminContract.getPaperResults> = async (
  { paperId, page, pageSize },
  ctx,
) => {
  const scope = await adminScope(ctx);
  const { paper, roots } = viewablePaper(await findPaperHead(paperId), scope);
  const [figures, takeUp] = await Promise.all([paperFigures(paper, roots, scope), takeUpOf([paperId])]);
  const counts = await questionCounts(paperId, figures.attemptScope);
  const rates = hardestQuestions(counts.drawn, counts.wrong, HARDEST);
  const entries = new Map(
    (
      await poolEntries(
        paperId,
        rates.map((r) => r.questionId),
      )
    ).map((q) => [q.id, q]),
  );
  const hardest: HardQuestion[] = rates.flatMap((r) => {
    const q = entries.get(r.questionId);
    return q ? [{ ...r, type: q.type, category: q.category, stem: q.stem }] : [];
  });
  const from = (page - 1) * pageSize;
  return {
    paper: paperCard(paper, scope, takeUp.get(paperId), ctx.now),
    scope: roots.map((id) => scope.nameOf(id)),
    summary: figures.summary,
    units: figures.units,
    distribution: scoreBuckets(
      figures.ranked.map((r) => r.score),
      paper.maxScore,
    ),
    hardest,
    ranking: {
      items: figures.ranked.slice(from, from + pageSize).map((r) => ({
        rank: r.rank,
        name: r.name,
        employeeNo: r.employeeNo,
        unitName: scope.nameOf(r.unitId),
        score: r.score,
        passed: r.passed,
        usedSeconds: r.usedSeconds,
        attempts: r.attempts,
        submittedAt: r.submittedAt,
      })),
      total: figures.ranked.length,
      page,
      pageSize,
    },
  };
};
