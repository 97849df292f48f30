/**
 * The wrong-answer book (every question I got wrong, by category), practice with immediate
 * feedback (two right answers take a question out), and the study record.
 */
import { startTestCloud, setClock, type TestCloud } from '../support/cloud';
import type { LiveAttempt, PracticeQuestion } from '../../domain/contract/quiz';
import { PERSONAS } from '../../demo/union';
import {
  answerAll,
  storedQuestions,
  publishPaper,
  storedKey,
  closeDemoExam,
  storedAttempt,
  wrongChoice,
} from './support';

let cloud: TestCloud;
const demoMembers = () =>
  cloud
    .dump<{ _id: string; status: string; role: string }>('members')
    .filter((m) => m.status === 'verified' && m._id.startsWith('o-demo-'));

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  await closeDemoExam(cloud);
});

afterAll(async () => {
  jest.useRealTimers();
  await cloud.close();
});

afterEach(() => jest.useRealTimers());

/** Sits a paper getting the questions at `wrong` indexes wrong (unanswered when `skip`). */
async function sit(
  openid: string,
  paperId: string,
  wrong: number[],
  skip: number[] = [],
): Promise<{ live: LiveAttempt; key: string[][] }> {
  const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
  const key = await storedKey(cloud, live.attemptId);
  const answered = live.questions.filter((q) => !skip.includes(q.index));
  for (const q of answered) {
    const tokens = wrong.includes(q.index) ? wrongChoice(live, q.index, key[q.index]) : key[q.index];
    await cloud.ok(openid, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: q.index, tokens });
  }
  await cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId });
  return { live, key };
}

/** Answers the practice question right or wrong, using the server's copy of its key. */
async function answerPractice(openid: string, q: PracticeQuestion, right: boolean) {
  const learner = cloud
    .dump<{ _id: string; practice: { correct: string[] } }>('quiz_learners')
    .find((l) => l._id === openid)!;
  const key = learner.practice.correct;
  const tokens = right ? key : [q.options.find((o) => !key.includes(o.token))!.token];
  return cloud.ok(openid, 'quiz', 'answerPractice', { practiceId: q.practiceId, tokens });
}

describe('wrong-answer book', () => {
  it('holds every question I got wrong or left blank, with the key and the explanation, by category', async () => {
    const [openid] = demoMembers().map((m) => m._id);
    const paperId = await publishPaper(cloud);
    const { live } = await sit(openid, paperId, [0, 3], [5]);
    const stored = await storedAttempt(cloud, live.attemptId);
    const book = await cloud.ok(openid, 'quiz', 'getWrongBook', {});
    const expected = [0, 3, 5].map((i) => stored.questions[i].qid).sort();
    expect(book.items.map((w) => w.questionId).sort()).toEqual(expected);
    expect(book.total).toBe(3);
    expect(book.categories).toEqual([{ category: '法律法规', count: 3 }]);
    expect(book.bankCategories).toEqual(expect.arrayContaining(['政策理论', '日常业务', '法律法规', '心理疏导']));
    // The key matches the bank, and the explanation cites its source.
    const bank = new Map((await storedQuestions(cloud, {})).map((q) => [q._id, q]));
    for (const w of book.items) {
      const q = bank.get(w.questionId)!;
      expect(w.correct.map((i) => w.options[i]).sort()).toEqual(q.answer.map((i) => q.options[i]).sort());
      expect(w).toMatchObject({
        explanation: q.explanation,
        source: q.source,
        wrongCount: 1,
        rightCount: 0,
        stem: q.stem,
      });
    }
    // Reading again folds nothing twice.
    expect((await cloud.ok(openid, 'quiz', 'getWrongBook', {})).items.map((w) => w.wrongCount)).toEqual([1, 1, 1]);
  });

  it('is my own: another member’s book is empty', async () => {
    const [, other] = demoMembers().map((m) => m._id);
    expect((await cloud.ok(other, 'quiz', 'getWrongBook', {})).total).toBe(0);
    expect(await cloud.ok(other, 'quiz', 'drawPractice', { source: 'wrong' })).toEqual({
      question: null,
      bookTotal: 0,
    });
  });
});

describe('practice', () => {
  it('shows a book question without its key, gives feedback at once, and lets it go after two right answers', async () => {
    const openid = demoMembers()[2]._id;
    const paperId = await publishPaper(cloud, {
      draw: {
        mode: 'fixed',
        questionIds: (await storedQuestions(cloud, { type: 'single' })).slice(0, 3).map((q) => q._id),
      },
      passScore: 10,
    });
    const { live } = await sit(openid, paperId, [1]);
    const wrongQid = (await storedAttempt(cloud, live.attemptId)).questions[1].qid;

    const first = await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' });
    expect(first.bookTotal).toBe(1);
    const q = first.question!;
    expect(q).toMatchObject({ inBook: true, rightCount: 0, type: 'single', category: '法律法规' });
    expect(Object.keys(q).sort()).toEqual([
      'category',
      'inBook',
      'options',
      'practiceId',
      'rightCount',
      'stem',
      'type',
    ]);
    expect(JSON.stringify(first)).not.toContain(wrongQid);

    const wrong = await answerPractice(openid, q, false);
    expect(wrong).toMatchObject({ right: false, inBook: true, leftBook: false, rightCount: 0, bookTotal: 1 });
    expect(wrong.correctTokens).toHaveLength(1);
    expect(wrong.explanation.length).toBeGreaterThan(0);
    // Each practice question is answered once.
    const again = await cloud.call(openid, 'quiz', 'answerPractice', {
      practiceId: q.practiceId,
      tokens: wrong.correctTokens,
    });
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT');

    const r1 = await answerPractice(
      openid,
      (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!,
      true,
    );
    expect(r1).toMatchObject({ right: true, inBook: true, leftBook: false, rightCount: 1, bookTotal: 1 });
    const r2 = await answerPractice(
      openid,
      (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!,
      true,
    );
    expect(r2).toMatchObject({ right: true, inBook: false, leftBook: true, rightCount: 2, bookTotal: 0 });
    expect((await cloud.ok(openid, 'quiz', 'getWrongBook', {})).total).toBe(0);
    expect((await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question).toBeNull();
  });

  it('getting it wrong again in an exam puts it back with its right answers reset', async () => {
    const openid = demoMembers()[3]._id;
    const ids = (await storedQuestions(cloud, { type: 'judge' })).slice(0, 2).map((q) => q._id);
    const paperId = await publishPaper(cloud, {
      draw: { mode: 'fixed', questionIds: ids },
      shuffleQuestions: false,
      passScore: 5,
    });
    await sit(openid, paperId, [0]);
    const once = await answerPractice(
      openid,
      (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!,
      true,
    );
    expect(once.rightCount).toBe(1);
    await sit(openid, paperId, [0]);
    const book = await cloud.ok(openid, 'quiz', 'getWrongBook', {});
    expect(book.items).toHaveLength(1);
    expect(book.items[0]).toMatchObject({ questionId: ids[0], wrongCount: 2, rightCount: 0 });
  });

  it('never asks the same book question twice in a row when there is another', async () => {
    const openid = demoMembers()[6]._id;
    const ids = (await storedQuestions(cloud, { type: 'single' })).slice(30, 32).map((q) => q._id);
    const paperId = await publishPaper(cloud, { draw: { mode: 'fixed', questionIds: ids }, passScore: 10 });
    await sit(openid, paperId, [0, 1]);
    const stems: string[] = [];
    for (let i = 0; i < 6; i++) {
      const q = (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!;
      stems.push(q.stem);
      await answerPractice(openid, q, false);
    }
    for (let i = 1; i < stems.length; i++) expect(stems[i]).not.toBe(stems[i - 1]);
  });

  it('practises the bank by category, and a book question met there counts too', async () => {
    const openid = demoMembers()[4]._id;
    for (let i = 0; i < 5; i++) {
      const next = await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'bank', category: '心理疏导' });
      expect(next.question).toMatchObject({ category: '心理疏导', inBook: false });
      const fb = await answerPractice(openid, next.question!, i % 2 === 0);
      expect(fb.right).toBe(i % 2 === 0);
    }
    const none = await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'bank', category: '没有这个分类' });
    expect(none.question).toBeNull();
  });
});

describe('study record', () => {
  it('counts papers, best scores, exam and practice time, per year', async () => {
    const openid = demoMembers()[5]._id;
    const t0 = Date.UTC(2027, 4, 10, 2, 0); // 10:00 in China
    setClock(t0 - 60_000);
    const ids = (await storedQuestions(cloud, { type: 'single' })).slice(10, 14).map((q) => q._id);
    const paperId = await publishPaper(cloud, {
      title: '年度学习测试',
      draw: { mode: 'fixed', questionIds: ids },
      points: { single: 25, multiple: 0, judge: 0 },
      passScore: 75,
      opensAt: t0 - 120_000,
      closesAt: t0 + 30 * 86_400_000,
      counts: 'best',
    });
    // Attempt 1: 50 points in 2 minutes; attempt 2: 100 points in 3 minutes.
    setClock(t0);
    let live = await cloud.ok(openid, 'quiz', 'start', { paperId });
    let key = await storedKey(cloud, live.attemptId);
    await answerAll(cloud, openid, live, (i) => (i < 2 ? key[i] : wrongChoice(live, i, key[i])));
    setClock(t0 + 120_000);
    await cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId });
    setClock(t0 + 3600_000);
    live = await cloud.ok(openid, 'quiz', 'start', { paperId });
    key = await storedKey(cloud, live.attemptId);
    await answerAll(cloud, openid, live, (i) => key[i]);
    setClock(t0 + 3600_000 + 180_000);
    await cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId });
    // Two practice questions, 40 s each.
    for (let i = 0; i < 2; i++) {
      const at = t0 + 7200_000 + i * 60_000;
      setClock(at);
      const next = await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' });
      setClock(at + 40_000);
      await answerPractice(openid, next.question!, true);
    }

    const rec = await cloud.ok(openid, 'quiz', 'getStudyRecord', { year: 2027 });
    expect(rec).toMatchObject({
      year: 2027,
      currentYear: 2027,
      exams: { papers: 1, attempts: 2, passedPapers: 1, seconds: 300 },
      practice: { answered: 2, right: 2, seconds: 80 },
      // Two wrong in attempt 1, each practised right once: still in the book.
      wrongBookTotal: 2,
    });
    expect(rec.papers).toEqual([
      {
        paperId,
        title: '年度学习测试',
        attempts: 2,
        bestScore: 100,
        lastScore: 100,
        maxScore: 100,
        passed: true,
        lastAt: t0 + 3600_000 + 180_000,
      },
    ]);
    const before = await cloud.ok(openid, 'quiz', 'getStudyRecord', { year: 2026 });
    expect(before).toMatchObject({
      year: 2026,
      exams: { papers: 0, attempts: 0, seconds: 0 },
      practice: { answered: 0 },
      papers: [],
    });
  });

  it('rank: my place in my unit by counted score', async () => {
    const unitMates = cloud
      .dump<{ _id: string; unitId: string; status: string }>('members')
      .filter((m) => m.unitId === 'u-grass-4' && m.status === 'verified')
      .map((m) => m._id);
    expect(unitMates.length).toBeGreaterThanOrEqual(3);
    const ids = (await storedQuestions(cloud, { type: 'single' })).slice(20, 24).map((q) => q._id);
    const paperId = await publishPaper(cloud, {
      draw: { mode: 'fixed', questionIds: ids },
      points: { single: 25, multiple: 0, judge: 0 },
      passScore: 50,
    });
    // Scores 75, 50, 25 for the first three.
    const results = [];
    for (const [k, openid] of unitMates.slice(0, 3).entries()) {
      const { live } = await sit(openid, paperId, [0, 1, 2].slice(0, k + 1));
      results.push(await cloud.ok(openid, 'quiz', 'getResult', { attemptId: live.attemptId }));
    }
    expect(results.map((r) => [r.score, r.rank!.rank, r.rank!.of])).toEqual([
      [75, 1, 1],
      [50, 2, 2],
      [25, 3, 3],
    ]);
    expect(results[0].rank!.unitName).toBe('测试队工会');
    // A better second attempt of the third member moves them up (best counts).
    const { live } = await sit(unitMates[2], paperId, []);
    const better = await cloud.ok(unitMates[2], 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(better).toMatchObject({ score: 100, counted: { mode: 'best', score: 100 }, rank: { rank: 1, of: 3 } });
    // A member of another unit does not count.
    await sit(PERSONAS.cadre.openid, paperId, []);
    const again = await cloud.ok(unitMates[1], 'quiz', 'getResult', { attemptId: results[1].attemptId });
    expect(again.rank).toMatchObject({ rank: 3, of: 3 });
  });
});
