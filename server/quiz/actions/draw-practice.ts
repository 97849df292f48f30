import type { quizContract } from '../../../domain/contract/quiz';
import { AppError } from '../../../domain/errors';
import type { Handler } from '../../lib/dispatch';
import type { LearnerDoc, PracticeCurrent } from '../repos/docs';
import { createLearner, emptyLearner, findLearner, updateLearner } from '../repos/learners';
import { sampleQuestion } from '../repos/questions';
import { loadBook } from '../book';
import { newToken, secureInt } from '../random';
import { bankScopeOf } from '../scope';
import { present, type KeyedQuestion } from '../shuffled';
import { lockedQuestionIds } from '../exam-lock';

interface Candidate extends KeyedQuestion {
  qid: string;
  category: string;
  stem: string;
  explanation: string;
  source: string;
}

/**
 * Practice, one question at a time: from my wrong-answer book or from the bank, shown like an exam
 * question (fresh order, fresh tokens, no key). The key waits in my own document until I answer.
 * Questions of exams still open for me are never offered (the exam lock): answering one would show
 * its key.
 */
export const drawPractice: Handler<typeof quizContract.drawPractice> = async ({ source, category }, ctx) => {
  const member = ctx.member;
  const [loaded, locked] = await Promise.all([loadBook(member._id, ctx.now), lockedQuestionIds(member, ctx.now)]);
  let learner = loaded;
  const pick = async (book: LearnerDoc | null): Promise<Candidate | null> => {
    // The question in hand (asked again without answering) or the one just answered.
    const last = book?.practice?.qid ?? book?.lastPracticedQid;
    if (source === 'wrong') {
      const items = Object.values(book?.items ?? {}).filter(
        (w) => !locked.has(w.qid) && (!category || w.category === category),
      );
      // Not the same question twice in a row when there is another.
      const pool = items.length > 1 ? items.filter((w) => w.qid !== last) : items;
      const w = pool[secureInt(pool.length)];
      return w ? { ...w, answer: w.correct } : null;
    }
    const q = await sampleQuestion(bankScopeOf(member), category, [...locked, ...(last ? [last] : [])]);
    return q ? { ...q, qid: q._id } : null;
  };
  const candidate = await pick(learner);
  const bookTotal = Object.keys(learner?.items ?? {}).length;
  if (!candidate) return { question: null, bookTotal };

  const shown = present(candidate, true, secureInt, new Set());
  const current: PracticeCurrent = {
    id: newToken(),
    qid: candidate.qid,
    type: candidate.type,
    category: candidate.category,
    stem: candidate.stem,
    ...shown,
    explanation: candidate.explanation,
    source: candidate.source,
    issuedAt: ctx.now,
  };
  for (let round = 0; round < 4; round++) {
    const stored = learner
      ? await updateLearner(member._id, learner.version, ctx.now, { practice: current })
      : await createLearner({ ...emptyLearner(member._id, ctx.now), practice: current });
    if (stored) {
      const item = learner?.items[candidate.qid];
      return {
        question: {
          practiceId: current.id,
          type: current.type,
          category: current.category,
          stem: current.stem,
          options: current.options.map((text, i) => ({ token: current.tokens[i], text })),
          inBook: item !== undefined,
          rightCount: item?.rightCount ?? 0,
        },
        bookTotal,
      };
    }
    learner = await findLearner(member._id);
  }
  throw new AppError('CONFLICT', '操作冲突，请重试');
};
