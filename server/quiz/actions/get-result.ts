import type { quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import { countedAttempt, isOverdue } from '../../../domain/rules/paper-window';
import type { Handler } from '../../lib/dispatch';
import { findAttempt, listMyAttempts, rankInUnit } from '../repos/attempts';
import type { MemberDoc } from '../../member/repos/members';
import { ms } from '../repos/docs';
import { findUnit } from '../../member/repos/units';
import { ownAttempt } from '../access';
import { lockedQuestionIds } from '../exam-lock';
import { notesFor } from '../notes';
import { settle } from '../marking';
import { resultView } from '../views';

/** The unit's name from the member's own record when it is still their unit (no read), else from the tree. */
async function unitNameOf(member: MemberDoc, unitId: string): Promise<string> {
  const names = member.unitNames;
  if (member.unitId === unitId && names && names.length === member.unitPath.length) return names[names.length - 1];
  return (await findUnit(unitId))?.name ?? '';
}

/**
 * A submitted attempt with the key and explanations (but not of questions an exam still open for me
 * uses: see exam-lock.ts), the attempt that counts, and my rank in my unit (none when 不计排名).
 */
export const getResult: Handler<typeof quizContract.getResult> = async ({ attemptId }, ctx) => {
  const member = ctx.member;
  let a = ownAttempt(await findAttempt(attemptId), member);
  if (a.status === 'in_progress') {
    if (!isOverdue(ms(a.deadline), ctx.now.getTime())) throw new AppError('CONFLICT', '还没有交卷，交卷后才能查看答案');
    a = await settle(a, ctx.now);
  }
  const [mine, unitName, notes, locked] = await Promise.all([
    listMyAttempts(a.paperId, member._id),
    unitNameOf(member, a.unitId),
    notesFor(
      [a.paperId],
      a.questions.map((q) => q.qid),
    ),
    lockedQuestionIds(member, ctx.now),
  ]);
  const scored = mine.flatMap((h) =>
    h.status === 'submitted'
      ? [{ id: h._id, score: h.score ?? 0, passed: h.passed === true, submittedAt: ms(h.submittedAt ?? h.startedAt) }]
      : [],
  );
  const counted = countedAttempt(scored, a.paper.counts) ?? {
    id: a._id,
    score: a.score ?? 0,
    passed: a.passed === true,
    submittedAt: ms(a.submittedAt ?? a.startedAt),
  };
  const rank = a.unranked ? null : await rankInUnit(a.paperId, a.unitId, a.paper.counts, counted.score);
  return resultView(
    a,
    notes,
    locked,
    { mode: a.paper.counts, score: counted.score, passed: counted.passed, attemptId: counted.id },
    rank && { unitName, rank: rank.above + 1, of: Math.max(rank.of, 1) },
  );
};
