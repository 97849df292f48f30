/**
 * Big reads: an event roster and a paper's results with 5,000 records each (5,000 sign-ups through
 * the event function; 5,000 submitted attempts, see submittedAttempts), then read as an
 * organizer and a member would: every page of the roster, and one member's result with their rank
 * in a unit of 1,250. Time and database requests, and proof that nothing stops at 100 (or at an
 * aggregate's default 20): every roster row comes back once, and the rank counts the whole unit.
 */
import { performance } from 'node:perf_hooks';
import { errorFigure, exactly, info, round, type Benchmark, type Figure } from './figure';
import { startTestCloud, type TestCloud } from '../tests/support/cloud';
import { createMembers } from './support/members';
import { createOpenEvent } from './support/event';
import { createOpenPaper } from './support/paper';
import { okInvoke } from './support/invoke';
import { PERSONAS } from '../demo/union';
import type { LiveAttempt, SubmitOutput } from '../domain/contract/quiz';
import type { AttemptDoc } from '../server/quiz/repos/docs';
import type { MemberDoc } from '../server/member/repos/members';

export const RECORDS = 5000;
const PAGE_SIZE = 100;
const SETUP_CONCURRENCY = 64;

/** Runs `fn` for 0..count-1, `width` at a time. */
async function inWaves(count: number, width: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

async function roster(cloud: TestCloud, openids: string[]): Promise<Figure[]> {
  const admin = PERSONAS.admin.openid;
  const eventId = await createOpenEvent(cloud.host, '金秋助学宣讲会（大名单）', null, 0);
  const signUps = performance.now();
  await inWaves(openids.length, SETUP_CONCURRENCY, async (i) => {
    await okInvoke(cloud.host, openids[i], 'event', 'signUp', { eventId, answers: [] });
  });
  console.log(`[big-reads] ${openids.length} sign-ups in ${round((performance.now() - signUps) / 1000, 1)} s`);

  const seen = new Set<string>();
  let pages = 0;
  let requests = 0;
  let worstPage = 0;
  let total = NaN;
  const started = performance.now();
  for (let page = 1; ; page++) {
    const res = await cloud.host.invoke(
      'event',
      { action: 'listRegistrations', input: { eventId, page, pageSize: PAGE_SIZE } },
      { openid: admin },
    );
    if (!res.ok) throw new Error(`registrations page ${page}: ${res.errCode} ${res.errMsg}`);
    const env = res.result as {
      ok: boolean;
      data?: { items: { id: string }[]; total: number };
      error?: { code: string; message: string };
    };
    if (!env.ok || !env.data) throw new Error(`registrations page ${page}: ${env.error?.code} ${env.error?.message}`);
    pages += 1;
    requests += res.dbRequests;
    worstPage = Math.max(worstPage, res.dbRequests);
    total = env.data.total;
    for (const r of env.data.items) seen.add(r.id);
    if (env.data.items.length < PAGE_SIZE || page * PAGE_SIZE >= total) break;
  }
  const ms = performance.now() - started;
  console.log(`[big-reads] roster of ${seen.size} read in ${pages} pages, ${round(ms)} ms`);
  return [
    info(
      'big read: roster, every page',
      round(ms),
      'ms',
      `${pages} pages of ${PAGE_SIZE}, ${requests} database requests in all`,
    ),
    exactly('big read: roster rows read once', seen.size, 'rows', RECORDS, `total reported ${total}`),
    info('big read: roster, requests per page', worstPage, 'requests', 'the worst page, the last ones included'),
  ];
}

/**
 * 5,000 submitted attempts on one paper. Sitting it 5,000 times through the actions takes many
 * minutes here: start looks up the member's attempts by paper and member, the emulator narrows a
 * query through one indexed field (paperId), so each start decodes every attempt of the paper so
 * far. So two members sit it for real and the rest are copies of a real attempt written straight
 * into quiz_attempts, each with its own member, unit and score.
 */
async function submittedAttempts(cloud: TestCloud, openids: string[], paperId: string): Promise<Map<string, number>> {
  const sit = async (openid: string, pick: number) => {
    const live = (await okInvoke(cloud.host, openid, 'quiz', 'start', { paperId })) as LiveAttempt;
    const answers = live.questions.map((q) => ({
      index: q.index,
      tokens: [q.options[(pick + q.index) % q.options.length].token],
    }));
    return (await okInvoke(cloud.host, openid, 'quiz', 'submit', {
      attemptId: live.attemptId,
      answers,
    })) as SubmitOutput;
  };
  const scores = new Map<string, number>();
  const measured = await sit(openids[0], 0);
  scores.set(openids[0], measured.score);
  const template = await sit(openids[1], 1);
  scores.set(openids[1], template.score);
  const doc = cloud.dump<AttemptDoc>('quiz_attempts').find((a) => a._id === template.attemptId);
  if (!doc) throw new Error('the submitted attempt is not in quiz_attempts');
  const members = new Map(cloud.dump<MemberDoc>('members').map((m) => [m._id, m]));
  const steps = template.maxScore / 5;
  const col = cloud.db.collection('quiz_attempts');
  for (let i = 2; i < openids.length; i += 100) {
    await Promise.all(
      openids.slice(i, i + 100).map((openid, k) => {
        const m = members.get(openid)!;
        const score = ((i + k) % 6) * steps;
        scores.set(openid, score);
        const { _id: _template, ...rest } = doc;
        const copy: Omit<AttemptDoc, '_id'> = {
          ...rest,
          openid,
          memberName: m.name,
          employeeNo: m.employeeNo,
          unitId: m.unitId,
          unitPath: m.unitPath,
          score,
          passed: score >= doc.paper.passScore,
        };
        return col.doc(`${paperId}_${openid}_1`).set({ data: copy }) as Promise<unknown>;
      }),
    );
  }
  return scores;
}

async function results(cloud: TestCloud, openids: string[]): Promise<Figure[]> {
  const paperId = await createOpenPaper(cloud.host, '工会法知识测验（大名单）', 5);
  const scores = await submittedAttempts(cloud, openids, paperId);
  const me = openids[0];
  const intro = await okInvoke(cloud.host, me, 'quiz', 'getPaper', { paperId });
  const attemptId = intro.attempts[0]?.attemptId;
  if (!attemptId) throw new Error('no attempt listed for the member');

  const started = performance.now();
  const res = await cloud.host.invoke('quiz', { action: 'getResult', input: { attemptId } }, { openid: me });
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`getResult: ${res.errCode} ${res.errMsg}`);
  const env = res.result as {
    ok: boolean;
    data?: { rank: { rank: number; of: number } };
    error?: { code: string; message: string };
  };
  if (!env.ok || !env.data) throw new Error(`getResult: ${env.error?.code} ${env.error?.message}`);
  // createMembers spreads members over the four grassroots unions by index: unit mates are i ≡ 0 (mod 4).
  const unitMates = openids.filter((_, i) => i % 4 === 0);
  const mine = scores.get(me)!;
  const expectedRank = 1 + unitMates.filter((o) => scores.get(o)! > mine).length;
  return [
    info(
      'big read: result with unit rank',
      round(ms),
      'ms',
      `${scores.size.toLocaleString('en-US')} results on the paper, ${unitMates.length} in the unit`,
    ),
    info(
      'big read: result, database requests',
      res.dbRequests,
      'requests',
      'getResult of one member (member read included)',
    ),
    exactly('big read: rank counts the whole unit', env.data.rank.of, 'members', unitMates.length),
    exactly('big read: rank', env.data.rank.rank, '', expectedRank, `score ${mine}`),
  ];
}

export const bench: Benchmark = async () => {
  const cloud = await startTestCloud({ seed: true });
  try {
    const started = performance.now();
    const openids = await createMembers(cloud.db, 'big', RECORDS);
    const figures: Figure[] = [];
    for (const [name, part] of [
      ['roster', roster],
      ['results', results],
    ] as const) {
      try {
        figures.push(...(await part(cloud, openids)));
      } catch (e) {
        console.error(`[big-reads] ${name}:`, e);
        figures.push(errorFigure(`big read: ${name}`, e));
      }
    }
    figures.unshift(
      info(
        'big reads: whole benchmark',
        round((performance.now() - started) / 1000, 1),
        's',
        `in-memory SQLite; setup included`,
      ),
    );
    return figures;
  } finally {
    await cloud.close();
  }
};
