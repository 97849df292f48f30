import type { WrongItemView, quizContract } from '../../../domain/contract/quiz';
import type { Handler } from '../../lib/dispatch';
import { ms, type WrongItem } from '../repos/docs';
import { bankCategories } from '../repos/questions';
import { loadBook } from '../book';
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

export const getWrongBook: Handler<typeof quizContract.getWrongBook> = async (_input, ctx) => {
  const member = ctx.member;
  const [book, categories] = await Promise.all([loadBook(member._id, ctx.now), bankCategories(bankScopeOf(member))]);
  const items = Object.values(book?.items ?? {}).sort((a, b) => ms(b.lastWrongAt) - ms(a.lastWrongAt));
  const byCategory = new Map<string, number>();
  for (const w of items) byCategory.set(w.category, (byCategory.get(w.category) ?? 0) + 1);
  return {
    total: items.length,
    categories: [...byCategory.entries()].map(([category, count]) => ({ category, count })),
    items: items.slice(0, MAX_ITEMS).map(itemView),
    bankCategories: categories.sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
};
