/**
 * Taking a paper within its limits: the server clock is the only clock (resume, late submissions,
 * deadlines, the paper's close), attempts per day and in total, and who may take it at all. Start,
 * save, submit and marking are in taking.test.ts.
 */
import { setClock, cloudForFile } from '../support/cloud';
import type { LiveAttempt } from '../../domain/contract/quiz';
import { PERSONAS } from '../../demo/union';
import { publishPaper, storedKey, startCloudAfterExam, storedAttempt } from './support';
import { ADMIN, CADRE, WORKER, WORKER2 } from '../support/personas';

const cloud = cloudForFile(startCloudAfterExam);

afterEach(() => jest.useRealTimers());

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
