import type { WrongItemView, quizContract } from '../../../domain/contract/quiz';
import type { Handler } from '../../lib/dispatch';
import { ms, type WrongItem } from '../repos/docs';
import { bankCategories } from '../repos/questions';
import { loadBook } from '../book';
import { lockedQuestionIds } from '../exam-lock';
import { bankScopeOf } from '../scope';

/** Far more than anyone keeps; bounds the response. */
const MAX_ITEMS = 500;

const itemView = (w: WrongItem): WrongItemView => ({
  questionId: w.qid,
  type: w.type,
  category: w.category,
  stem: w.stem,
  options: w.options,
  correct: w.correct,
  explanation: w.explanation,
  source: w.source,
  wrongCount: w.wrongCount,
  lastWrongAt: ms(w.lastWrongAt),
  rightCount: w.rightCount,
});

/**
 * My wrong-answer book. A question of an exam still open for me is withheld altogether (only
 * counted): its key would be the exam's, and even "I got this wrong" gives a 判断题 away.
 */
export const getWrongBook: Handler<typeof quizContract.getWrongBook> = async (_input, ctx) => {
  const member = ctx.member;
  const [book, categories, locked] = await Promise.all([
    loadBook(member._id, ctx.now),
    bankCategories(bankScopeOf(member)),
    lockedQuestionIds(member, ctx.now),
  ]);
  const all = Object.values(book?.items ?? {});
  const items = all.filter((w) => !locked.has(w.qid)).sort((a, b) => ms(b.lastWrongAt) - ms(a.lastWrongAt));
  const byCategory = new Map<string, number>();
  for (const w of items) byCategory.set(w.category, (byCategory.get(w.category) ?? 0) + 1);
  return {
    total: items.length,
    categories: [...byCategory.entries()].map(([category, count]) => ({ category, count })),
    items: items.slice(0, MAX_ITEMS).map(itemView),
    withheld: all.length - items.length,
    bankCategories: categories.sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
};
