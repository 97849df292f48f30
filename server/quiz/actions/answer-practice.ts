import { RIGHTS_TO_LEAVE_BOOK, type quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import { chinaYear } from '../../../domain/rules/china-time';
import { isRightChoice } from '../../../domain/rules/scoring';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../repos/docs';
import { findLearner, updateLearner, type LearnerChange } from '../repos/learners';

/** Time on one practice question counts up to this: a phone left open is not study time. */
const MAX_SECONDS_PER_QUESTION = 300;

/**
 * Marks a practice answer at once and shows the key. Not an exam: it only moves the question's
 * standing in my book (two right answers take it out) and my practice totals.
 */
export const answerPractice: Handler<typeof quizContract.answerPractice> = async ({ practiceId, tokens }, ctx) => {
  const member = ctx.member;
  for (let round = 0; round < 4; round++) {
    const learner = await findLearner(member._id);
    const cur = learner?.practice;
    if (!learner || !cur || cur.id !== practiceId) throw new AppError('CONFLICT', '这道题已经作答过了，请继续下一题');
    const right = isRightChoice(cur.correct, tokens);
    const seconds = Math.min(MAX_SECONDS_PER_QUESTION, Math.max(0, Math.round((ctx.now.getTime() - ms(cur.issuedAt)) / 1000)));
    const change: LearnerChange = {
      practice: null,
      lastPracticedQid: cur.qid,
      practiceYear: { year: String(chinaYear(ctx.now.getTime())), answered: 1, right: right ? 1 : 0, seconds },
    };
    const item = learner.items[cur.qid];
    let rightCount = item?.rightCount ?? 0;
    let leftBook = false;
    if (item && right) {
      rightCount += 1;
      leftBook = rightCount >= RIGHTS_TO_LEAVE_BOOK;
      if (leftBook) change.removeItems = [cur.qid];
      else change.setItems = { [cur.qid]: { ...item, rightCount } };
    }
    if (await updateLearner(member._id, learner.version, ctx.now, change)) {
      return {
        right,
        correctTokens: cur.correct,
        explanation: cur.explanation,
        source: cur.source,
        inBook: item !== undefined && !leftBook,
        leftBook,
        rightCount,
        bookTotal: Object.keys(learner.items).length - (leftBook ? 1 : 0),
      };
    }
  }
  throw new AppError('CONFLICT', '操作冲突，请重试');
};
