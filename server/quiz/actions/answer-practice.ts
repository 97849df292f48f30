import { RIGHTS_TO_LEAVE_BOOK, type quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import { chinaYear } from '../../../domain/rules/china-time';
import { nextPracticeRate } from '../../../domain/rules/practice-rate';
import { isRightChoice } from '../../../domain/rules/scoring';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../repos/docs';
import { findLearner, updateLearner, type LearnerChange } from '../repos/learners';
import { lockedQuestionIds } from '../exam-lock';

/** Time on one practice question counts up to this: a phone left open is not study time. */
const MAX_SECONDS_PER_QUESTION = 300;

/**
 * Marks a practice answer at once and shows the key. Not an exam: it only moves the question's
 * standing in my book (two right answers take it out) and my practice totals. Refused, writing
 * nothing, past the practice rate (RATE_LIMITED) and for a question that an exam still open for me
 * has come to use since it was handed out (the exam lock).
 */
export const answerPractice: Handler<typeof quizContract.answerPractice> = async ({ practiceId, tokens }, ctx) => {
  const member = ctx.member;
  const lockedNow = lockedQuestionIds(member, ctx.now);
  // Read together with the first learner read; a rejection is handled where it is awaited.
  lockedNow.catch(() => undefined);
  for (let round = 0; round < 4; round++) {
    const learner = await findLearner(member._id);
    const cur = learner?.practice;
    if (!learner || !cur || cur.id !== practiceId) throw new AppError('CONFLICT', '这道题已经作答过了，请继续下一题');
    const rate = nextPracticeRate(
      learner.practiceRate
        ? { windowStart: ms(learner.practiceRate.windowStart), count: learner.practiceRate.count }
        : null,
      ctx.now.getTime(),
    );
    if (!rate) throw new AppError('RATE_LIMITED', '练习太快了，请看清题目再作答');
    if ((await lockedNow).has(cur.qid))
      throw new AppError('CONFLICT', '这道题已用于正在进行的考试，考试结束后再练习；请继续下一题');
    const right = isRightChoice(cur.correct, tokens);
    const seconds = Math.min(
      MAX_SECONDS_PER_QUESTION,
      Math.max(0, Math.round((ctx.now.getTime() - ms(cur.issuedAt)) / 1000)),
    );
    const change: LearnerChange = {
      practice: null,
      lastPracticedQid: cur.qid,
      practiceYear: { year: String(chinaYear(ctx.now.getTime())), answered: 1, right: right ? 1 : 0, seconds },
      practiceRate: { windowStart: new Date(rate.windowStart), count: rate.count },
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
