/**
 * Issue 16, item 1, written as the attacks: the key of an exam that is still open for a member
 * never reaches them, by practice (the harvest loop), the wrong-answer book or their own result,
 * until that exam closes for them; practice answers are rate-limited; and a member who can read the
 * key (an organizer of the bank) may sit the exam but is 不计排名.
 */
import { cloudForFile } from '../support/cloud';
import { codeOf } from '../support/outcome';
import { DEMO_PAPER_OPEN } from '../../demo/seed-quiz';
import { PERSONAS } from '../../demo/union';
import { PRACTICE_PER_WINDOW } from '../../domain/rules/practice-rate';
import type { LearnerDoc } from '../../server/quiz/repos/docs';
import { publishPaper, storedKey, storedAttempt, wrongChoice } from './support';
import { ADMIN } from '../support/personas';

const cloud = cloudForFile();

const learnerOf = (openid: string) => cloud.dump<LearnerDoc>('quiz_learners').find((l) => l._id === openid);
const demoPool = () =>
  (
    cloud.dump<{ _id: string; pool: { id: string }[] }>('quiz_papers').find((p) => p._id === DEMO_PAPER_OPEN)!.pool ??
    []
  ).map((q) => q.id);
const demoMember = (i: number) =>
  cloud
    .dump<{ _id: string; status: string; role: string }>('members')
    .filter((m) => m._id.startsWith('o-demo-') && m.role === 'worker')[i]._id;

/** Adds single-choice questions of a category no demo paper draws from, to the branch bank. */
async function addQuestions(category: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const q = await cloud.ok(ADMIN, 'quizAdmin', 'saveQuestion', {
      question: {
        type: 'single',
        stem: `${category}第${i + 1}题：下列哪项正确？`,
        options: ['甲', '乙', '丙', '丁'],
        answer: [i % 4],
        explanation: `${category}解析${i + 1}`,
        category,
        difficulty: 1,
      },
    });
    ids.push(q.id);
  }
  return ids;
}

describe('the harvest loop', () => {
  it('practice never hands out a question of the exam I am sitting, and answers are rate-limited', async () => {
    const worker = PERSONAS.worker.openid;
    const live = await cloud.ok(worker, 'quiz', 'start', { paperId: DEMO_PAPER_OPEN });
    const pool = new Set(demoPool());
    const inAttempt = (await storedAttempt(cloud, live.attemptId)).questions.map((q) => q.qid);
    expect(inAttempt.every((id) => pool.has(id))).toBe(true);
    // Something the exam does not use, so there is always a question to practise.
    await addQuestions('安全常识', 3);

    // The exam's categories have nothing to practise while it is open.
    expect(
      (await cloud.ok(worker, 'quiz', 'drawPractice', { source: 'bank', category: '法律法规' })).question,
    ).toBeNull();

    for (let i = 0; i < PRACTICE_PER_WINDOW; i++) {
      const next = await cloud.ok(worker, 'quiz', 'drawPractice', { source: 'bank' });
      expect(next.question).not.toBeNull();
      const qid = learnerOf(worker)!.practice!.qid;
      expect(pool.has(qid)).toBe(false);
      const feedback = await cloud.ok(worker, 'quiz', 'answerPractice', {
        practiceId: next.question!.practiceId,
        tokens: [next.question!.options[0].token],
      });
      expect(feedback.correctTokens.length).toBeGreaterThan(0);
    }

    // One answer past the rate: refused, and the learner document is exactly as it was.
    const next = await cloud.ok(worker, 'quiz', 'drawPractice', { source: 'bank' });
    const before = JSON.stringify(learnerOf(worker));
    expect(
      await codeOf(
        cloud.call(worker, 'quiz', 'answerPractice', {
          practiceId: next.question!.practiceId,
          tokens: [next.question!.options[0].token],
        }),
      ),
    ).toBe('RATE_LIMITED');
    expect(JSON.stringify(learnerOf(worker))).toBe(before);
  });

  it('refuses, writing nothing, an answer to a question an exam has come to use since it was handed out', async () => {
    const member = demoMember(0);
    const [qid] = await addQuestions('后来入卷', 1);
    const next = await cloud.ok(member, 'quiz', 'drawPractice', { source: 'bank', category: '后来入卷' });
    expect(learnerOf(member)!.practice!.qid).toBe(qid);
    await publishPaper(cloud, {
      purpose: 'exam',
      draw: { mode: 'fixed', questionIds: [qid] },
      points: { single: 10, multiple: 0, judge: 0 },
      passScore: 5,
    });
    const before = JSON.stringify(learnerOf(member));
    expect(
      await codeOf(
        cloud.call(member, 'quiz', 'answerPractice', {
          practiceId: next.question!.practiceId,
          tokens: [next.question!.options[0].token],
        }),
      ),
    ).toBe('CONFLICT');
    expect(JSON.stringify(learnerOf(member))).toBe(before);
    expect(
      (await cloud.ok(member, 'quiz', 'drawPractice', { source: 'bank', category: '后来入卷' })).question,
    ).toBeNull();
  });
});

describe('results and the wrong-answer book of an exam still open for me', () => {
  it('show my own choices, never the key, until the exam closes', async () => {
    const member = PERSONAS.worker2.openid;
    const live = await cloud.ok(member, 'quiz', 'start', { paperId: DEMO_PAPER_OPEN });
    const key = await storedKey(cloud, live.attemptId);
    for (const q of live.questions)
      await cloud.ok(member, 'quiz', 'saveAnswer', {
        attemptId: live.attemptId,
        index: q.index,
        tokens: wrongChoice(live, q.index, key[q.index]),
      });
    await cloud.ok(member, 'quiz', 'submit', { attemptId: live.attemptId });
    const stored = await storedAttempt(cloud, live.attemptId);

    // Attempts remain (3 in all): the exam is still open for me.
    const result = await cloud.ok(member, 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(
      result.questions.every(
        (q) => q.keyHidden && q.right === null && q.earned === null && q.explanation === '' && q.source === '',
      ),
    ).toBe(true);
    expect(result.questions.every((q) => q.options.every((o) => o.correct === false))).toBe(true);
    expect(result.questions.map((q) => q.options.filter((o) => o.chosen).length)).toEqual(live.questions.map(() => 1));
    const explanations = cloud
      .dump<{ _id: string; explanation: string }>('quiz_questions')
      .filter((q) => stored.questions.some((s) => s.qid === q._id));
    const json = JSON.stringify(result);
    expect(explanations.filter((q) => q.explanation && json.includes(q.explanation))).toEqual([]);

    const book = await cloud.ok(member, 'quiz', 'getWrongBook', {});
    expect(book.items).toEqual([]);
    expect(book.withheld).toBe(stored.questions.length);
    expect((await cloud.ok(member, 'quiz', 'drawPractice', { source: 'wrong' })).question).toBeNull();

    // The exam closes: the key, the explanations and the book come back.
    await cloud.ok(ADMIN, 'quizAdmin', 'closePaper', { paperId: DEMO_PAPER_OPEN });
    const after = await cloud.ok(member, 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(after.questions.every((q) => !q.keyHidden && q.right === false)).toBe(true);
    expect(after.questions.every((q) => q.options.some((o) => o.correct))).toBe(true);
    const reopened = await cloud.ok(member, 'quiz', 'getWrongBook', {});
    expect(reopened.withheld).toBe(0);
    expect(reopened.items).toHaveLength(stored.questions.length);
  });

  it('shows the key once I have used every attempt the exam allows', async () => {
    const member = demoMember(1);
    const ids = await addQuestions('一次机会', 2);
    const paperId = await publishPaper(cloud, {
      purpose: 'exam',
      draw: { mode: 'fixed', questionIds: ids },
      points: { single: 10, multiple: 0, judge: 0 },
      passScore: 5,
      maxAttemptsTotal: 1,
    });
    const live = await cloud.ok(member, 'quiz', 'start', { paperId });
    // Under way: its questions are nowhere to practise, for me.
    expect(
      (await cloud.ok(member, 'quiz', 'drawPractice', { source: 'bank', category: '一次机会' })).question,
    ).toBeNull();
    await cloud.ok(member, 'quiz', 'submit', { attemptId: live.attemptId });
    const result = await cloud.ok(member, 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(result.questions.every((q) => !q.keyHidden && q.options.some((o) => o.correct))).toBe(true);
    // Still locked for a colleague who has not sat it.
    expect(
      (await cloud.ok(demoMember(2), 'quiz', 'drawPractice', { source: 'bank', category: '一次机会' })).question,
    ).toBeNull();
  });

  it('a 学习型 paper may be practised while it is open', async () => {
    const ids = await addQuestions('学习资料', 1);
    await publishPaper(cloud, {
      purpose: 'study',
      draw: { mode: 'fixed', questionIds: ids },
      points: { single: 10, multiple: 0, judge: 0 },
      passScore: 5,
    });
    const member = demoMember(3);
    expect(
      (await cloud.ok(member, 'quiz', 'drawPractice', { source: 'bank', category: '学习资料' })).question,
    ).not.toBeNull();
    expect(learnerOf(member)!.practice!.qid).toBe(ids[0]);
  });
});

describe('a member who can read the key', () => {
  it('may sit the exam, but 不计排名: out of the ranking, the unit figures and the leaderboard', async () => {
    const ids = await addQuestions('组织者可见', 2);
    const paperId = await publishPaper(cloud, {
      purpose: 'exam',
      draw: { mode: 'fixed', questionIds: ids },
      points: { single: 50, multiple: 0, judge: 0 },
      passScore: 50,
    });
    // The brigade organizer reads the branch bank this paper draws from (quizAdmin.listQuestions).
    const organizer = PERSONAS.organizer.openid;
    const listed = await cloud.ok(organizer, 'quizAdmin', 'listQuestions', { category: '组织者可见' });
    expect(listed.items.map((q) => q.answer.length)).toEqual([1, 1]);
    expect((await cloud.ok(organizer, 'quiz', 'getPaper', { paperId })).unranked).toBe(true);
    expect((await cloud.ok(PERSONAS.worker.openid, 'quiz', 'getPaper', { paperId })).unranked).toBe(false);

    const live = await cloud.ok(organizer, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    for (const q of live.questions)
      await cloud.ok(organizer, 'quiz', 'saveAnswer', {
        attemptId: live.attemptId,
        index: q.index,
        tokens: key[q.index],
      });
    await cloud.ok(organizer, 'quiz', 'submit', { attemptId: live.attemptId });
    expect((await storedAttempt(cloud, live.attemptId)).unranked).toBe(true);
    const result = await cloud.ok(organizer, 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(result).toMatchObject({ score: 100, unranked: true, rank: null });

    // A worker of the same brigade sits it honestly: only they are ranked.
    const worker = PERSONAS.worker.openid;
    const mine = await cloud.ok(worker, 'quiz', 'start', { paperId });
    await cloud.ok(worker, 'quiz', 'submit', { attemptId: mine.attemptId });
    expect((await cloud.ok(worker, 'quiz', 'getResult', { attemptId: mine.attemptId })).rank).toMatchObject({
      rank: 1,
      of: 1,
    });

    const figures = await cloud.ok(ADMIN, 'quizAdmin', 'getPaperResults', { paperId });
    expect(figures.ranking.items.map((r) => r.name)).toEqual([PERSONAS.worker.name]);
    expect(figures.summary).toMatchObject({ taken: 1, highest: 0 });
    const board = await cloud.ok(organizer, 'quiz', 'getLeaderboard', { paperId });
    expect(board.myUnit?.me).toBeNull();
  });
});
