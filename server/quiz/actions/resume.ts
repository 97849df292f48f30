import type { quizContract } from '../../../domain/contract/quiz';
import { isOverdue } from '../../../domain/rules/paper-window';
import type { Handler } from '../../lib/dispatch';
import { findAttempt } from '../repos/attempts';
import { ms } from '../repos/docs';
import { ownAttempt } from '../access';
import { settle } from '../marking';
import { liveView } from '../views';

/** My attempt as the server holds it: after a reload, a lost signal or on another phone. */
export const resume: Handler<typeof quizContract.resume> = async ({ attemptId }, ctx) => {
  const member = ctx.member;
  let a = ownAttempt(await findAttempt(attemptId), member);
  if (a.status === 'in_progress' && isOverdue(ms(a.deadline), ctx.now.getTime())) a = await settle(a, ctx.now);
  if (a.status === 'submitted') return { state: 'submitted', attemptId: a._id, paperId: a.paperId };
  return liveView(a, ctx.now);
};
