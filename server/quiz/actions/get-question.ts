import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import type { Handler } from '../../lib/dispatch';
import { findQuestion } from '../repos/admin-questions';
import { adminScope } from '../admin-scope';
import { bankQuestionView } from '../admin-views';

/** A question of the bank I use; any other bank's is NOT_FOUND, as if absent. */
export const getQuestion: Handler<typeof quizAdminContract.getQuestion> = async ({ questionId }, ctx) => {
  const scope = await adminScope(ctx);
  const q = await findQuestion(questionId);
  if (!q || (scope.bankOwners !== null && !scope.bankOwners.includes(q.ownerUnitId)))
    throw new AppError('NOT_FOUND', '题目不存在');
  return bankQuestionView(q, scope);
};
