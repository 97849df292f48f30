/**
 * Taking a paper through the local cloud: start (draw on the server), save as you go, resume,
 * submit and the result; marking of each question type. The clock, attempt limits and who may take
 * a paper are in taking-limits.test.ts.
 */
import { cloudForFile } from '../support/cloud';
import type { LiveAttempt } from '../../domain/contract/quiz';
import {
  answerAll,
  storedQuestions,
  publishPaper,
  storedKey,
  startCloudAfterExam,
  storedAttempt,
  wrongChoice,
} from './support';
import { CADRE, WORKER, WORKER2 } from '../support/personas';

const cloud = cloudForFile(startCloudAfterExam);

afterEach(() => jest.useRealTimers());

describe('start, save as you go, resume', () => {
  it('draws the paper on the server, keeps answers and review marks, and resumes the same attempt', async () => {
    const paperId = await publishPaper(cloud);
    const live = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    expect(live.state).toBe('in_progress');
    expect(live.questions).toHaveLength(7);
    expect(live.remainingSeconds).toBe(600);
    expect(live.answers).toEqual(live.questions.map(() => []));

    const q0 = live.questions[0];
    await cloud.ok(CADRE, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: 0, tokens: [q0.options[1].token] });
    await cloud.ok(CADRE, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: 2, flagged: true });

    const again = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    expect(again.attemptId).toBe(live.attemptId);
    expect(again.questions).toEqual(live.questions);
    expect(again.answers[0]).toEqual([q0.options[1].token]);
    expect(again.flagged[2]).toBe(true);

    const resumed = await cloud.ok(CADRE, 'quiz', 'resume', { attemptId: live.attemptId });
    expect(resumed).toMatchObject({
      state: 'in_progress',
      attemptId: live.attemptId,
      answers: again.answers,
      flagged: again.flagged,
    });
  });

  it('changing an answer replaces it (multiple choice keeps the whole set sent)', async () => {
    const paperId = await publishPaper(cloud);
    const live = await cloud.ok(WORKER, 'quiz', 'start', { paperId });
    const multi = live.questions.find((q) => q.type === 'multiple')!;
    const [a, b, c] = multi.options.map((o) => o.token);
    await cloud.ok(WORKER, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: multi.index, tokens: [a, b] });
    await cloud.ok(WORKER, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: multi.index, tokens: [c] });
    // Saving the same answer twice is fine too.
    await cloud.ok(WORKER, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: multi.index, tokens: [c] });
    const resumed = (await cloud.ok(WORKER, 'quiz', 'resume', { attemptId: live.attemptId })) as LiveAttempt;
    expect(resumed.answers[multi.index]).toEqual([c]);
  });

  it('refuses bad input and writes nothing', async () => {
    const paperId = await publishPaper(cloud);
    const live = await cloud.ok(WORKER2, 'quiz', 'start', { paperId });
    const before = await storedAttempt(cloud, live.attemptId);
    for (const input of [
      { attemptId: live.attemptId, index: 0 },
      { attemptId: live.attemptId, index: -1, tokens: [] },
      { attemptId: live.attemptId, index: 0, tokens: ['x'] },
      { attemptId: live.attemptId, index: 0, tokens: ['abcdefgh'], extra: 1 },
      { attemptId: 'a/b', index: 0, tokens: [] },
    ]) {
      const res = await cloud.call(WORKER2, 'quiz', 'saveAnswer', input);
      expect(res.ok ? 'ok' : res.error.code).toBe('BAD_REQUEST');
    }
    expect(await storedAttempt(cloud, live.attemptId)).toEqual(before);
  });
});

describe('marking', () => {
  /** A fixed paper of one question of each type, in this order, options unshuffled. */
  async function publishFixedPaper(partialCredit: boolean): Promise<{ paperId: string; multiKeySize: number }> {
    const [single] = await storedQuestions(cloud, { type: 'single' });
    const multiples = await storedQuestions(cloud, { type: 'multiple' });
    const multiple = multiples.find((q) => q.answer.length >= 2 && q.answer.length < q.options.length)!;
    const [judge] = await storedQuestions(cloud, { type: 'judge' });
    const paperId = await publishPaper(cloud, {
      draw: { mode: 'fixed', questionIds: [single._id, multiple._id, judge._id] },
      shuffleQuestions: false,
      points: { single: 10, multiple: 20, judge: 5 },
      passScore: 30,
      partialCredit,
    });
    return { paperId, multiKeySize: multiple.answer.length };
  }

  async function sit(openid: string, paperId: string, choose: (live: LiveAttempt, key: string[][]) => string[][]) {
    const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    const chosen = choose(live, key);
    await answerAll(cloud, openid, live, (i) => chosen[i]);
    return cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId });
  }

  it('gives full points for exactly the right options of every type', async () => {
    const { paperId } = await publishFixedPaper(false);
    const res = await sit(CADRE, paperId, (_live, key) => key);
    expect(res).toMatchObject({
      score: 35,
      maxScore: 35,
      passed: true,
      correctCount: 3,
      questionCount: 3,
      autoSubmitted: false,
    });
  });

  it('single choice and true/false: a wrong option scores nothing', async () => {
    const { paperId } = await publishFixedPaper(false);
    const res = await sit(CADRE, paperId, (live, key) => [
      wrongChoice(live, 0, key[0]),
      key[1],
      wrongChoice(live, 2, key[2]),
    ]);
    expect(res).toMatchObject({ score: 20, correctCount: 1, passed: false });
  });

  it('multiple choice is all or nothing without partial credit', async () => {
    const { paperId } = await publishFixedPaper(false);
    const res = await sit(WORKER, paperId, (_live, key) => [key[0], key[1].slice(0, 1), key[2]]);
    expect(res).toMatchObject({ score: 15, correctCount: 2 });
  });

  it('partial credit scores the share of right options picked, and nothing with a wrong one', async () => {
    const { paperId, multiKeySize } = await publishFixedPaper(true);
    const some = await sit(WORKER, paperId, (_live, key) => [key[0], key[1].slice(0, 1), key[2]]);
    expect(some.score).toBeCloseTo(15 + Math.round((20 / multiKeySize) * 10) / 10, 5);
    expect(some.correctCount).toBe(2);
    const withWrong = await sit(WORKER2, paperId, (live, key) => [
      key[0],
      [...key[1], wrongChoice(live, 1, key[1])[0]],
      key[2],
    ]);
    expect(withWrong.score).toBe(15);
  });

  it('unanswered questions score nothing; the result shows my answers, the key and the explanation', async () => {
    const { paperId } = await publishFixedPaper(false);
    const live = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    await cloud.ok(CADRE, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: 0, tokens: key[0] });
    const early = await cloud.call(CADRE, 'quiz', 'getResult', { attemptId: live.attemptId });
    expect(early.ok ? 'ok' : early.error.code).toBe('CONFLICT');
    const sub = await cloud.ok(CADRE, 'quiz', 'submit', { attemptId: live.attemptId });
    expect(sub.score).toBe(10);

    const result = await cloud.ok(CADRE, 'quiz', 'getResult', { attemptId: live.attemptId });
    const stored = await storedAttempt(cloud, live.attemptId);
    expect(result.questions.map((q) => [q.right, q.answered, q.earned])).toEqual([
      [true, true, 10],
      [false, false, 0],
      [false, false, 0],
    ]);
    const bank = new Map((await storedQuestions(cloud, {})).map((b) => [b._id, b]));
    result.questions.forEach((q, i) => {
      const b = bank.get(stored.questions[i].qid)!;
      expect(q).toMatchObject({ explanation: b.explanation, source: b.source, category: b.category, stem: b.stem });
      expect(q.options.filter((o) => o.correct).map((o) => o.text)).toEqual(
        stored.questions[i].options.filter((_t, j) =>
          stored.questions[i].correct.includes(stored.questions[i].tokens[j]),
        ),
      );
    });
    expect(result.questions[0].options.filter((o) => o.chosen)).toEqual(
      result.questions[0].options.filter((o) => o.correct),
    );
    expect(result.rank!.unitName).toBe('采油一队工会');
  });
});

describe('submitting', () => {
  it('submitting twice, even at once, returns the same result', async () => {
    const paperId = await publishPaper(cloud);
    const live = await cloud.ok(WORKER, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    await answerAll(cloud, WORKER, live, (i) => (i % 2 ? key[i] : wrongChoice(live, i, key[i])));
    const [a, b] = await Promise.all([
      cloud.ok(WORKER, 'quiz', 'submit', { attemptId: live.attemptId }),
      cloud.ok(WORKER, 'quiz', 'submit', { attemptId: live.attemptId }),
    ]);
    const c = await cloud.ok(WORKER, 'quiz', 'submit', {
      attemptId: live.attemptId,
      answers: live.questions.map((q, i) => ({ index: q.index, tokens: key[i] })),
    });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const saved = await cloud.call(WORKER, 'quiz', 'saveAnswer', {
      attemptId: live.attemptId,
      index: 0,
      tokens: key[0],
    });
    expect(saved.ok ? 'ok' : saved.error.code).toBe('CLOSED');
  });

  it('answers carried by the submit count when they arrive in time', async () => {
    const paperId = await publishPaper(cloud);
    const live = await cloud.ok(WORKER2, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    const res = await cloud.ok(WORKER2, 'quiz', 'submit', {
      attemptId: live.attemptId,
      answers: live.questions.map((q, i) => ({ index: q.index, tokens: key[i] })),
    });
    expect(res).toMatchObject({ score: res.maxScore, correctCount: 7, autoSubmitted: false });
  });
});
