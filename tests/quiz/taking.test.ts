/**
 * Taking a paper through the local cloud: start (draw on the server), save as you go, resume,
 * submit and the result; marking of each question type; attempt limits; who may take it.
 */
import { startTestCloud, setClock, type TestCloud } from '../support/cloud';
import type { LiveAttempt } from '../../domain/contract/quiz';
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
import { ADMIN, CADRE, WORKER, WORKER2 } from '../support/personas';

let cloud: TestCloud;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  await closeDemoExam(cloud);
});

afterAll(async () => {
  jest.useRealTimers();
  await cloud.close();
});

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

describe('timing (the server clock is the only clock)', () => {
  it('resumes after a pause with the right remaining time', async () => {
    const t0 = Date.now();
    const paperId = await publishPaper(cloud, { timeLimitMinutes: 15 });
    setClock(t0);
    const live = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    expect(live.remainingSeconds).toBe(900);
    setClock(t0 + 4 * 60_000 + 30_000);
    const resumed = (await cloud.ok(CADRE, 'quiz', 'resume', { attemptId: live.attemptId })) as LiveAttempt;
    expect(resumed.remainingSeconds).toBe(630);
    expect(resumed.deadline).toBe(live.deadline);
    expect(resumed.serverNow).toBe(t0 + 270_000);
  });

  it('a late submission is marked with what was saved by the deadline', async () => {
    const t0 = Date.now();
    const paperId = await publishPaper(cloud, { timeLimitMinutes: 10 });
    setClock(t0);
    const live = await cloud.ok(WORKER, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    await cloud.ok(WORKER, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: 0, tokens: key[0] });
    // Within the grace after the deadline a save still lands (the tap was in time, the network slow).
    setClock(t0 + 10 * 60_000 + 20_000);
    await cloud.ok(WORKER, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: 1, tokens: key[1] });
    // Past the grace nothing more is saved, and a submit's own answers do not count.
    setClock(t0 + 10 * 60_000 + 31_000);
    const refused = await cloud.call(WORKER, 'quiz', 'saveAnswer', {
      attemptId: live.attemptId,
      index: 2,
      tokens: key[2],
    });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('CLOSED');
    setClock(t0 + 60 * 60_000);
    const res = await cloud.ok(WORKER, 'quiz', 'submit', {
      attemptId: live.attemptId,
      answers: live.questions.map((q, i) => ({ index: q.index, tokens: key[i] })),
    });
    const points = live.questions.slice(0, 2).reduce((s, q) => s + q.points, 0);
    expect(res).toMatchObject({ score: points, correctCount: 2, autoSubmitted: true, usedSeconds: 600 });
    const stored = await storedAttempt(cloud, live.attemptId);
    expect(new Date(stored.submittedAt!).getTime()).toBe(live.deadline);
  });

  it('an attempt past its deadline is marked on its next touch, and start then opens a new one', async () => {
    const t0 = Date.now();
    const paperId = await publishPaper(cloud, { timeLimitMinutes: 5 });
    setClock(t0);
    const live = await cloud.ok(WORKER2, 'quiz', 'start', { paperId });
    const key = await storedKey(cloud, live.attemptId);
    await cloud.ok(WORKER2, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: 0, tokens: key[0] });
    setClock(t0 + 6 * 60_000);
    expect(await cloud.ok(WORKER2, 'quiz', 'resume', { attemptId: live.attemptId })).toEqual({
      state: 'submitted',
      attemptId: live.attemptId,
      paperId,
    });
    const marked = await storedAttempt(cloud, live.attemptId);
    expect(marked).toMatchObject({ status: 'submitted', autoSubmitted: true, score: live.questions[0].points });

    const t1 = t0 + 7 * 60_000;
    setClock(t1);
    const other = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    setClock(t1 + 6 * 60_000);
    const next = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    expect(next.attemptId).not.toBe(other.attemptId);
    expect(next.n).toBe(2);
    expect((await storedAttempt(cloud, other.attemptId)).status).toBe('submitted');
  });

  it('time runs out when the paper closes, even if the time limit would run longer', async () => {
    const t0 = Date.now();
    const paperId = await publishPaper(cloud, { timeLimitMinutes: 60, closesAt: t0 + 10 * 60_000 });
    setClock(t0);
    const live = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    expect(live.deadline).toBe(t0 + 10 * 60_000);
    expect(live.remainingSeconds).toBe(600);
  });
});

describe('attempt limits', () => {
  it('per day: one a day, again tomorrow (China days)', async () => {
    // 2026-03-10 23:00 in China is 15:00 UTC.
    const evening = Date.UTC(2026, 2, 10, 15, 0);
    setClock(evening - 60_000);
    const paperId = await publishPaper(cloud, {
      maxAttemptsPerDay: 1,
      opensAt: evening - 120_000,
      closesAt: evening + 10 * 86_400_000,
    });
    setClock(evening);
    const first = await cloud.ok(WORKER, 'quiz', 'start', { paperId });
    await cloud.ok(WORKER, 'quiz', 'submit', { attemptId: first.attemptId });
    const refused = await cloud.call(WORKER, 'quiz', 'start', { paperId });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('RATE_LIMITED');
    const intro = await cloud.ok(WORKER, 'quiz', 'getPaper', { paperId });
    expect(intro).toMatchObject({
      canStart: false,
      attemptsLeft: { total: null, today: 0 },
      blockedReason: '今天的作答次数已用完，请明天再来',
    });
    // 00:30 the next day in China.
    setClock(evening + 90 * 60_000);
    const second = await cloud.ok(WORKER, 'quiz', 'start', { paperId });
    expect(second.n).toBe(2);
  });

  it('in total: no attempt after the last one', async () => {
    const paperId = await publishPaper(cloud, { maxAttemptsTotal: 2 });
    for (let i = 0; i < 2; i++) {
      const live = await cloud.ok(WORKER2, 'quiz', 'start', { paperId });
      await cloud.ok(WORKER2, 'quiz', 'submit', { attemptId: live.attemptId });
    }
    const refused = await cloud.call(WORKER2, 'quiz', 'start', { paperId });
    expect(refused.ok ? 'ok' : refused.error).toMatchObject({ code: 'CLOSED', message: '作答次数已用完' });
    const intro = await cloud.ok(WORKER2, 'quiz', 'getPaper', { paperId });
    expect(intro).toMatchObject({ canStart: false, attemptsLeft: { total: 0, today: null } });
    expect(intro.attempts.map((a) => a.n)).toEqual([2, 1]);
  });

  it('simultaneous starts make one attempt', async () => {
    const paperId = await publishPaper(cloud, { maxAttemptsTotal: 1 });
    const lives = await Promise.all([1, 2, 3, 4].map(() => cloud.ok(CADRE, 'quiz', 'start', { paperId })));
    expect(new Set(lives.map((l) => l.attemptId)).size).toBe(1);
    expect(cloud.dump<{ paperId: string }>('quiz_attempts').filter((a) => a.paperId === paperId)).toHaveLength(1);
  });
});

describe('who may take a paper (not aimed at you = NOT_FOUND, as if it did not exist)', () => {
  it('units: a paper for the other brigade is invisible', async () => {
    const paperId = await publishPaper(cloud, { audienceUnits: ['u-brigade-2'] });
    for (const action of ['start', 'getPaper'] as const) {
      const res = await cloud.call(WORKER, 'quiz', action, { paperId });
      expect(res.ok ? 'ok' : res.error.code).toBe('NOT_FOUND');
    }
    expect((await cloud.ok(WORKER, 'quiz', 'listPapers', {})).items.map((p) => p.id)).not.toContain(paperId);
    // A member of that brigade's subtree can.
    const demo = cloud.dump<{ _id: string; unitId: string }>('members').find((m) => m.unitId === 'u-grass-3')!;
    await cloud.ok(demo._id, 'quiz', 'start', { paperId });
  });

  it('roles: a paper for cadres is invisible to workers', async () => {
    const paperId = await publishPaper(cloud, { audienceRoles: ['cadre'] });
    const res = await cloud.call(WORKER, 'quiz', 'start', { paperId });
    expect(res.ok ? 'ok' : res.error.code).toBe('NOT_FOUND');
    await cloud.ok(CADRE, 'quiz', 'start', { paperId });
  });

  it('someone else’s attempt is NOT_FOUND for every action', async () => {
    const paperId = await publishPaper(cloud);
    const live = await cloud.ok(CADRE, 'quiz', 'start', { paperId });
    for (const [action, input] of [
      ['resume', { attemptId: live.attemptId }],
      ['saveAnswer', { attemptId: live.attemptId, index: 0, tokens: [live.questions[0].options[0].token] }],
      ['submit', { attemptId: live.attemptId }],
      ['getResult', { attemptId: live.attemptId }],
    ] as const) {
      const res = await cloud.call(WORKER, 'quiz', action, input);
      expect(res.ok ? 'ok' : res.error.code).toBe('NOT_FOUND');
    }
    expect((await storedAttempt(cloud, live.attemptId)).answers).toEqual({});
  });

  it('the unregistered cannot start anything', async () => {
    const res = await cloud.call(PERSONAS.newcomer.openid, 'quiz', 'start', { paperId: 'p-demo-open' });
    expect(res.ok ? 'ok' : res.error.code).toBe('UNAUTHENTICATED');
  });

  it('an upcoming paper is listed but cannot be started yet', async () => {
    const list = await cloud.ok(ADMIN, 'quiz', 'listPapers', {});
    expect(list.items.find((p) => p.id === 'p-demo-upcoming')).toMatchObject({ window: 'upcoming', state: 'todo' });
    const res = await cloud.call(ADMIN, 'quiz', 'start', { paperId: 'p-demo-upcoming' });
    expect(res.ok ? 'ok' : res.error).toMatchObject({ code: 'CLOSED', message: '考试尚未开始' });
  });
});
