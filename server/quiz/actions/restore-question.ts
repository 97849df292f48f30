import { mustManage } from '../../lib/authority';
import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import { duplicateKey } from '../../../domain/rules/question-import';
import type { Handler } from '../../lib/dispatch';
import { activeKeys, findQuestion, updateQuestion } from '../repos/admin-questions';
import { adminScope } from '../admin-scope';
import { bankQuestionView } from '../admin-views';

/** Puts a retired question back into use, unless the bank has meanwhile got the same question. */
export const restoreQuestion: Handler<typeof quizAdminContract.restoreQuestion> = async ({ questionId }, ctx) => {
  const scope = await adminScope(ctx);
  const q = await findQuestion(questionId);
  if (!q) throw new AppError('NOT_FOUND', '题目不存在');
  mustManage(scope.actor, scope.pathOf(q.ownerUnitId), '只能恢复本单位及下级单位的题目');
  if (q.status === 'active') return bankQuestionView(q, scope);
  const key = duplicateKey(q);
  if ((await activeKeys(scope.bankOwners)).some((k) => duplicateKey(k) === key))
    throw new AppError('CONFLICT', '题库中已有相同的题目，无需恢复');
  await updateQuestion(questionId, { status: 'active', updatedAt: ctx.now });
  return bankQuestionView({ ...q, status: 'active', updatedAt: ctx.now }, scope);
};
