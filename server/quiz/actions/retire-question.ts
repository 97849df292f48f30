import { mustManage } from '../../lib/authority';
import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import type { Handler } from '../../lib/dispatch';
import { anySubmitted, papersHoldingQuestion } from '../repos/admin-papers';
import { findQuestion, removeQuestion, updateQuestion } from '../repos/admin-questions';
import { adminScope } from '../admin-scope';

/**
 * Takes a question out of the bank. If any paper that froze it has been submitted, it is retired
 * (kept, never drawn again) so old results and wrong-answer books still read it; otherwise it is
 * deleted. Papers keep their frozen copy either way.
 */
export const retireQuestion: Handler<typeof quizAdminContract.retireQuestion> = async ({ questionId }, ctx) => {
  const scope = await adminScope(ctx);
  const q = await findQuestion(questionId);
  if (!q) throw new AppError('NOT_FOUND', '题目不存在');
  mustManage(scope.actor, scope.pathOf(q.ownerUnitId), '只能停用本单位及下级单位的题目');
  if (await anySubmitted(await papersHoldingQuestion(questionId))) {
    if (q.status !== 'retired') await updateQuestion(questionId, { status: 'retired', updatedAt: ctx.now });
    return { outcome: 'retired' };
  }
  await removeQuestion(questionId);
  return { outcome: 'deleted' };
};
