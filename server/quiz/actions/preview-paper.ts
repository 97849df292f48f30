import type { PreviewQuestion, quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import { drawQuestions, optionOrder } from '../../../domain/rules/draw';
import type { Handler } from '../../lib/dispatch';
import { secureInt } from '../random';
import { preparePaper } from '../paper-setup';
import { adminScope } from '../admin-scope';

/**
 * One sample paper drawn from the settings exactly as a member's would be (the same draw rule and
 * option shuffle), shown with its key and explanations. Nothing is written.
 */
export const previewPaper: Handler<typeof quizAdminContract.previewPaper> = async ({ paper: setup }, ctx) => {
  const scope = await adminScope(ctx);
  const doc = await preparePaper(setup, scope, ctx.now, {
    id: 'preview',
    ownerUnitId: scope.actor.unitId,
    createdBy: scope.actor._id,
    now: ctx.now,
  });
  const drawn = drawQuestions(doc.pool, doc.draw, doc.shuffleQuestions, secureInt);
  if (!drawn) throw new AppError('BAD_REQUEST', '题库题目不足');
  const questions: PreviewQuestion[] = drawn.map((q, index) => {
    const order = optionOrder(q.options.length, q.type, doc.shuffleOptions, secureInt);
    return {
      index,
      questionId: q.id,
      type: q.type,
      category: q.category,
      difficulty: q.difficulty,
      stem: q.stem,
      options: order.map((i) => q.options[i]),
      answer: order.flatMap((original, shown) => (q.answer.includes(original) ? [shown] : [])),
      points: doc.points[q.type],
      explanation: q.explanation,
      source: q.source,
    };
  });
  return {
    questionCount: doc.questionCount,
    maxScore: doc.maxScore,
    poolSize: doc.pool.length,
    countsByType: doc.countsByType,
    questions,
  };
};
