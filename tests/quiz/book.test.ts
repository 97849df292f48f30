/**
 * The wrong-answer book (every question I got wrong, by category) and practice with immediate
 * feedback (two right answers take a question out). The study record is in study-record.test.ts.
 */
import { cloudForFile } from '../support/cloud';
import {
  answerPractice,
  startCloudAfterExam,
  storedDemoMembers,
  storedQuestions,
  publishPaper,
  storedAttempt,
  sitPaper,
} from './support';

const cloud = cloudForFile(startCloudAfterExam);

afterEach(() => jest.useRealTimers());

describe('wrong-answer book', () => {
  it('holds every question I got wrong or left blank, with the key and the explanation, by category', async () => {
    const [openid] = storedDemoMembers(cloud).map((m) => m._id);
    const paperId = await publishPaper(cloud);
    const { live } = await sitPaper(cloud, openid, paperId, [0, 3], [5]);
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
    const [, other] = storedDemoMembers(cloud).map((m) => m._id);
    expect((await cloud.ok(other, 'quiz', 'getWrongBook', {})).total).toBe(0);
    expect(await cloud.ok(other, 'quiz', 'drawPractice', { source: 'wrong' })).toEqual({
      question: null,
      bookTotal: 0,
    });
  });
});

describe('practice', () => {
  it('shows a book question without its key, gives feedback at once, and lets it go after two right answers', async () => {
    const openid = storedDemoMembers(cloud)[2]._id;
    const paperId = await publishPaper(cloud, {
      draw: {
        mode: 'fixed',
        questionIds: (await storedQuestions(cloud, { type: 'single' })).slice(0, 3).map((q) => q._id),
      },
      passScore: 10,
    });
    const { live } = await sitPaper(cloud, openid, paperId, [1]);
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

    const wrong = await answerPractice(cloud, openid, q, false);
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
      cloud,
      openid,
      (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!,
      true,
    );
    expect(r1).toMatchObject({ right: true, inBook: true, leftBook: false, rightCount: 1, bookTotal: 1 });
    const r2 = await answerPractice(
      cloud,
      openid,
      (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!,
      true,
    );
    expect(r2).toMatchObject({ right: true, inBook: false, leftBook: true, rightCount: 2, bookTotal: 0 });
    expect((await cloud.ok(openid, 'quiz', 'getWrongBook', {})).total).toBe(0);
    expect((await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question).toBeNull();
  });

  it('getting it wrong again in an exam puts it back with its right answers reset', async () => {
    const openid = storedDemoMembers(cloud)[3]._id;
    const ids = (await storedQuestions(cloud, { type: 'judge' })).slice(0, 2).map((q) => q._id);
    const paperId = await publishPaper(cloud, {
      draw: { mode: 'fixed', questionIds: ids },
      shuffleQuestions: false,
      passScore: 5,
    });
    await sitPaper(cloud, openid, paperId, [0]);
    const once = await answerPractice(
      cloud,
      openid,
      (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!,
      true,
    );
    expect(once.rightCount).toBe(1);
    await sitPaper(cloud, openid, paperId, [0]);
    const book = await cloud.ok(openid, 'quiz', 'getWrongBook', {});
    expect(book.items).toHaveLength(1);
    expect(book.items[0]).toMatchObject({ questionId: ids[0], wrongCount: 2, rightCount: 0 });
  });

  it('never asks the same book question twice in a row when there is another', async () => {
    const openid = storedDemoMembers(cloud)[6]._id;
    const ids = (await storedQuestions(cloud, { type: 'single' })).slice(30, 32).map((q) => q._id);
    const paperId = await publishPaper(cloud, { draw: { mode: 'fixed', questionIds: ids }, passScore: 10 });
    await sitPaper(cloud, openid, paperId, [0, 1]);
    const stems: string[] = [];
    for (let i = 0; i < 6; i++) {
      const q = (await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'wrong' })).question!;
      stems.push(q.stem);
      await answerPractice(cloud, openid, q, false);
    }
    for (let i = 1; i < stems.length; i++) expect(stems[i]).not.toBe(stems[i - 1]);
  });

  it('practises the bank by category, and a book question met there counts too', async () => {
    const openid = storedDemoMembers(cloud)[4]._id;
    for (let i = 0; i < 5; i++) {
      const next = await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'bank', category: '心理疏导' });
      expect(next.question).toMatchObject({ category: '心理疏导', inBook: false });
      const fb = await answerPractice(cloud, openid, next.question!, i % 2 === 0);
      expect(fb.right).toBe(i % 2 === 0);
    }
    const none = await cloud.ok(openid, 'quiz', 'drawPractice', { source: 'bank', category: '没有这个分类' });
    expect(none.question).toBeNull();
  });
});
