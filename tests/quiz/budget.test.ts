/**
 * Database requests per action (the dispatcher's member read included), whatever the paper's
 * length, and sizes that stay far from WeChat's limits (16 MB a document, 1 MB a response).
 */
import { cloudForFile } from '../support/cloud';
import type { Envelope } from '../../domain/contract/envelope';
import type { LiveAttempt } from '../../domain/contract/quiz';
import type { MemberDoc } from '../../server/member/repos/members';
import { publishPaper, storedKey, storedAttempt } from './support';
import { CADRE, WORKER } from '../support/personas';

const cloud = cloudForFile();

async function measure<T>(
  openid: string,
  action: string,
  input: unknown,
): Promise<{ data: T; requests: number; bytes: number }> {
  const res = await cloud.host.invoke('quiz', { action, input }, { openid, source: 'wx_client' });
  if (!res.ok) throw new Error(res.errMsg);
  const env = res.result as Envelope<T>;
  if (!env.ok) throw new Error(`${action}: ${env.error.code} ${env.error.message}`);
  return { data: env.data, requests: res.dbRequests, bytes: Buffer.byteLength(JSON.stringify(res.result)) };
}

const LONG = {
  mode: 'random' as const,
  quotas: [
    { category: '法律法规', type: 'single' as const, count: 50 },
    { category: '法律法规', type: 'multiple' as const, count: 20 },
    { category: '法律法规', type: 'judge' as const, count: 20 },
    { category: '日常业务', type: 'single' as const, count: 10 },
  ],
};

describe.each([
  ['the 20-question demo paper', 'p-demo-open', CADRE],
  ['a 100-question paper', '', WORKER],
])('%s', (_name, demoId, openid) => {
  let paperId: string;
  let live: LiveAttempt;

  beforeAll(async () => {
    paperId =
      demoId ||
      (await publishPaper(cloud, { draw: LONG, points: { single: 1, multiple: 1, judge: 1 }, passScore: 60 }));
  });

  it('start ≤ 4 (fresh and resumed)', async () => {
    const fresh = await measure<LiveAttempt>(openid, 'start', { paperId });
    live = fresh.data;
    expect(fresh.requests).toBeLessThanOrEqual(4);
    const resumed = await measure<LiveAttempt>(openid, 'start', { paperId });
    expect(resumed.data.attemptId).toBe(live.attemptId);
    expect(resumed.requests).toBeLessThanOrEqual(4);
    expect(fresh.bytes).toBeLessThan(200 * 1024);
  });

  it('saveAnswer = member read + one update', async () => {
    for (const q of live.questions.slice(0, 5)) {
      const saved = await measure(openid, 'saveAnswer', {
        attemptId: live.attemptId,
        index: q.index,
        tokens: [q.options[0].token],
      });
      expect(saved.requests).toBeLessThanOrEqual(2);
    }
  });

  it('resume ≤ 2', async () => {
    expect((await measure(openid, 'resume', { attemptId: live.attemptId })).requests).toBeLessThanOrEqual(2);
  });

  it('submit ≤ 4 (and a second submit too)', async () => {
    const key = await storedKey(cloud, live.attemptId);
    const sub = await measure(openid, 'submit', {
      attemptId: live.attemptId,
      answers: live.questions.slice(5).map((q) => ({ index: q.index, tokens: key[q.index] })),
    });
    expect(sub.requests).toBeLessThanOrEqual(4);
    expect((await measure(openid, 'submit', { attemptId: live.attemptId })).requests).toBeLessThanOrEqual(4);
  });

  it('the attempt document and the result stay small', async () => {
    const stored = await storedAttempt(cloud, live.attemptId);
    // About 0.35 KB a question: every save rewrites it.
    expect(Buffer.byteLength(JSON.stringify(stored)) / stored.questions.length).toBeLessThan(600);
    const result = await measure(openid, 'getResult', { attemptId: live.attemptId });
    expect(result.bytes).toBeLessThan(400 * 1024);
    // member, attempt, my attempts, the paper's pool (explanations), the rank aggregate (+ the unit's name if not on the member),
    // and the exam lock's two reads (open exam pools, my attempts under way), made alongside the others.
    expect(result.requests).toBeLessThanOrEqual(8);
  });
});

it('lists and the intro are a few requests whatever the number of attempts', async () => {
  expect((await measure(CADRE, 'listPapers', {})).requests).toBeLessThanOrEqual(3);
  expect((await measure(CADRE, 'getPaper', { paperId: 'p-demo-open' })).requests).toBeLessThanOrEqual(3);
});

it('the home page shows my open papers with my standing (papersForHome: 2 requests)', async () => {
  const before = await cloud.ok(WORKER, 'member', 'getHome', {});
  if (before.state !== 'member') throw new Error('the worker should be a member');
  expect(before.home.papers.find((p) => p.id === 'p-demo-open')).toMatchObject({ state: 'todo', attemptsLeft: 2 });
  expect(before.home.papers.map((p) => p.id)).not.toContain('p-demo-upcoming');
  const live = await cloud.ok(WORKER, 'quiz', 'start', { paperId: 'p-demo-open' });
  const after = await cloud.ok(WORKER, 'member', 'getHome', {});
  expect(after.state === 'member' && after.home.papers.find((p) => p.id === 'p-demo-open')).toMatchObject({
    state: 'in_progress',
    attemptsLeft: 1,
  });
  await cloud.ok(WORKER, 'quiz', 'submit', { attemptId: live.attemptId });
  const done = await cloud.ok(WORKER, 'member', 'getHome', {});
  expect(done.state === 'member' && done.home.papers.find((p) => p.id === 'p-demo-open')?.state).toBe('failed');

  // The quiz part alone, run against the same database: the papers query and the attempts query.
  const { papersForHome } = await import('../../server/home/quiz');
  const member = cloud.dump<MemberDoc>('members').find((x) => x._id === WORKER)!;
  const requestsBefore = cloud.host.engine.stats.requests;
  const papers = await papersForHome(member, new Date());
  expect(cloud.host.engine.stats.requests - requestsBefore).toBe(2);
  expect(papers.find((p) => p.id === 'p-demo-open')?.state).toBe('failed');
});
