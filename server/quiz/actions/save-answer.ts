import type { quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import type { Handler } from '../../lib/dispatch';
import { findAttempt, saveAnswer as storeAnswer } from '../repos/attempts';
import { ownAttempt } from '../access';

/**
 * Saves one answer as the member chooses it: one guarded update (mine, in progress, before the
 * deadline plus grace), nothing read. Tokens that are not this question's simply score nothing.
 * Only a refusal reads the attempt, to say why.
 */
export const saveAnswer: Handler<typeof quizContract.saveAnswer> = async (
  { attemptId, index, tokens, flagged },
  ctx,
) => {
  const member = ctx.member;
  if (await storeAnswer(attemptId, member._id, ctx.now, index, { tokens, flagged }))
    return { savedAt: ctx.now.getTime() };
  const a = ownAttempt(await findAttempt(attemptId), member);
  if (a.status === 'submitted') throw new AppError('CLOSED', '试卷已交，答案未保存');
  throw new AppError('CLOSED', '答题时间已到，答案未保存');
};
