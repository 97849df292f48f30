/**
 * The study record: papers, best scores, exam and practice time per year, and my rank in my unit.
 * The wrong-answer book and practice are in book.test.ts.
 */
import { setClock, cloudForFile } from '../support/cloud';
import { PERSONAS } from '../../demo/union';
import {
  answerAll,
  answerPractice,
  startCloudAfterExam,
  storedDemoMembers,
  storedQuestions,
  publishPaper,
  storedKey,
  sitPaper,
  wrongChoice,
} from './support';

const cloud = cloudForFile(startCloudAfterExam);

afterEach(() => jest.useRealTimers());

describe('study record', () => {
  it('counts papers, best scores, exam and practice time, per year', async () => {
    const openid = storedDemoMembers(cloud)[5]._id;
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
      await answerPractice(cloud, openid, next.question!, true);
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
      const { live } = await sitPaper(cloud, openid, paperId, [0, 1, 2].slice(0, k + 1));
      results.push(await cloud.ok(openid, 'quiz', 'getResult', { attemptId: live.attemptId }));
    }
    expect(results.map((r) => [r.score, r.rank!.rank, r.rank!.of])).toEqual([
      [75, 1, 1],
      [50, 2, 2],
      [25, 3, 3],
    ]);
    expect(results[0].rank!.unitName).toBe('测试队工会');
    // A better second attempt of the third member moves them up (best counts).
    const { live } = await sitPaper(cloud, unitMates[2], paperId, []);
    const better = await cloud.ok(unitMates[2], 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(better).toMatchObject({ score: 100, counted: { mode: 'best', score: 100 }, rank: { rank: 1, of: 3 } });
    // A member of another unit does not count.
    await sitPaper(cloud, PERSONAS.cadre.openid, paperId, []);
    const again = await cloud.ok(unitMates[1], 'quiz', 'getResult', { attemptId: results[1].attemptId });
    expect(again.rank).toMatchObject({ rank: 3, of: 3 });
  });
});
