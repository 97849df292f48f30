import crypto from 'crypto';
import { mustManage } from '../../lib/authority';
import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import {
  JUDGE_OPTIONS,
  duplicateKey,
  questionProblems,
  type QuestionContent,
} from '../../../domain/rules/question-import';
import type { Handler } from '../../lib/dispatch';
import { activeKeys, findQuestion, putQuestion } from '../repos/admin-questions';
import type { QuestionDoc } from '../repos/docs';
import { adminScope } from '../admin-scope';
import { bankQuestionView } from '../admin-views';

/**
 * Adds a question to my unit's bank or edits one of a unit I manage. Papers froze their own copy
 * of every question when published, so an edit never changes a result already marked.
 */
export const saveQuestion: Handler<typeof quizAdminContract.saveQuestion> = async ({ questionId, question }, ctx) => {
  const scope = await adminScope(ctx);
  const content: QuestionContent = {
    ...question,
    options: question.type === 'judge' ? [...JUDGE_OPTIONS] : question.options,
    tags: [...new Set(question.tags)],
  };
  const problems = questionProblems(content);
  if (problems.length)
    throw new AppError(
      'BAD_REQUEST',
      problems[0],
      problems.map((message) => ({ path: ['question'], message })),
    );

  const existing = questionId ? await findQuestion(questionId) : null;
  if (questionId && !existing) throw new AppError('NOT_FOUND', '题目不存在');
  if (existing) mustManage(scope.actor, scope.pathOf(existing.ownerUnitId), '只能修改本单位及下级单位的题目');

  const key = duplicateKey(content);
  const clash = (await activeKeys(scope.bankOwners)).find((k) => k._id !== questionId && duplicateKey(k) === key);
  if (clash) throw new AppError('CONFLICT', '题库中已有相同的题目');

  const doc: QuestionDoc = existing
    ? { ...existing, ...content, updatedAt: ctx.now }
    : {
        _id: `q${crypto.randomBytes(6).toString('hex')}`,
        ...content,
        ownerUnitId: scope.actor.unitId,
        status: 'active',
        createdBy: scope.actor._id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
  await putQuestion(doc);
  return bankQuestionView(doc, scope);
};
