import type { quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import { isOverdue, paperStanding } from '../../../domain/rules/paper-window';
import type { Handler } from '../../lib/dispatch';
import { attemptFacts, findAttempt, insertAttempt, listMyAttempts } from '../repos/attempts';
import { ms } from '../repos/docs';
import { findPaperForDraw, paperTerms } from '../repos/papers';
import { aimedAt } from '../access';
import { buildAttempt } from '../attempt-doc';
import { unrankedFor } from '../exam-lock';
import { settleOverdueLatest } from '../overdue';
import { secureInt } from '../random';
import { liveView } from '../views';

/**
 * Draws my paper on the server and stores it in the attempt (questions, option order, tokens,
 * key), or resumes the attempt under way. Requests: member, paper (with its pool), my attempts,
 * then one add (a fresh start) or one read (a resume); an organizer's start also reads the org tree
 * to tell whether they can read the key (then the attempt is 不计排名).
 */
export const start: Handler<typeof quizContract.start> = async ({ paperId }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const paper = aimedAt(await findPaperForDraw(paperId), member);
  for (let round = 0; round < 3; round++) {
    const mine = await listMyAttempts(paperId, member._id);
    const latest = mine[0];
    if (latest?.status === 'in_progress' && !isOverdue(ms(latest.deadline), now.getTime())) {
      const live = await findAttempt(latest._id);
      if (live?.status === 'in_progress') return liveView(live, now);
      continue;
    }
    // An attempt whose time ran out is marked first (the rare, costlier path), then counted.
    const settled = await settleOverdueLatest(mine, now);
    const standing = paperStanding(paperTerms(paper), settled.map(attemptFacts), now.getTime());
    if (standing.refusal) throw new AppError(standing.refusal.code, standing.refusal.message);
    const attempt = buildAttempt(
      paper,
      member,
      standing.used.total + 1,
      now,
      secureInt,
      await unrankedFor(member, paper),
    );
    if ((await insertAttempt(attempt)) === 'ok') return liveView(attempt, now);
    // A simultaneous start (another tap, another phone) created this attempt first: resume it.
  }
  throw new AppError('CONFLICT', '开始考试冲突，请重试');
};
