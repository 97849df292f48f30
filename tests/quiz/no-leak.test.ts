/**
 * Nothing a phone receives before submission carries the key: not a field, not an explanation, not
 * a bank id, and not a position or token that correlates with it. Checked on every response of
 * start, saveAnswer and resume over many attempts, against the key the server stored.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import type { LiveAttempt } from '../../domain/contract/quiz';
import type { AttemptDoc } from '../../server/quiz/repos/docs';
import { PERSONAS } from '../../demo/union';
import { publishPaper, storedAttempt } from './support';

let cloud: TestCloud;
const responses: { action: string; json: string; attemptId: string }[] = [];
const attempts: { live: LiveAttempt; stored: AttemptDoc }[] = [];

/** Every key an in-progress response may contain. Anything else is a leak until proven otherwise. */
const ALLOWED_KEYS = new Set([
  'state',
  'attemptId',
  'paperId',
  'title',
  'n',
  'deadline',
  'serverNow',
  'remainingSeconds',
  'questions',
  'index',
  'type',
  'stem',
  'points',
  'options',
  'token',
  'text',
  'answers',
  'flagged',
  'savedAt',
]);

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

/** Chi-square statistic of observed counts against a uniform spread. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}
/** 3 degrees of freedom at p = 0.0001: a false alarm once in ten thousand runs. */
const CHI2_3DF_P0001 = 21.11;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  // 20 choice questions of four options each, unlimited attempts.
  const paperId = await publishPaper(cloud, {
    draw: {
      mode: 'random',
      quotas: [
        { category: '法律法规', type: 'single', count: 14 },
        { category: '法律法规', type: 'multiple', count: 4 },
        { category: '法律法规', type: 'judge', count: 2 },
      ],
    },
    maxAttemptsTotal: null,
  });
  const members = cloud
    .dump<{ _id: string; status: string }>('members')
    .filter((m) => m.status === 'verified')
    .map((m) => m._id);
  expect(members.length).toBeGreaterThanOrEqual(30);
  // ~120 attempts: each member three times.
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      members.map(async (openid) => {
        const start = await cloud.call(openid, 'quiz', 'start', { paperId });
        if (!start.ok) throw new Error(JSON.stringify(start.error));
        const live = start.data;
        responses.push({ action: 'start', json: JSON.stringify(start), attemptId: live.attemptId });
        for (const q of live.questions.slice(0, 3)) {
          const saved = await cloud.call(openid, 'quiz', 'saveAnswer', {
            attemptId: live.attemptId,
            index: q.index,
            tokens: [q.options[0].token],
            flagged: true,
          });
          responses.push({ action: 'saveAnswer', json: JSON.stringify(saved), attemptId: live.attemptId });
        }
        const resumed = await cloud.call(openid, 'quiz', 'resume', { attemptId: live.attemptId });
        responses.push({ action: 'resume', json: JSON.stringify(resumed), attemptId: live.attemptId });
        attempts.push({ live, stored: await storedAttempt(cloud, live.attemptId) });
        await cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId });
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  await cloud.close();
});

it('ran enough attempts for the statistics to mean something', () => {
  expect(attempts.length).toBeGreaterThanOrEqual(90);
  expect(responses.every((r) => r.json.startsWith('{"ok":true'))).toBe(true);
});

it('responses hold only the fields of the answering screen', () => {
  for (const r of responses) {
    const extra = [...keysOf(JSON.parse(r.json).data)].filter((k) => !ALLOWED_KEYS.has(k));
    expect({ action: r.action, extra }).toEqual({ action: r.action, extra: [] });
  }
});

it('no explanation, source, bank id, category or key token appears in any response before submission', () => {
  const byAttempt = new Map(attempts.map((a) => [a.stored._id, a.stored]));
  const bank = new Map(
    cloud
      .dump<{ _id: string; explanation: string; source: string; category: string }>('quiz_questions')
      .map((q) => [q._id, q]),
  );
  const leaks: string[] = [];
  for (const r of responses) {
    const stored = byAttempt.get(r.attemptId)!;
    for (const q of stored.questions) {
      const b = bank.get(q.qid)!;
      for (const secret of [b.explanation, b.source, `"${q.qid}"`, `"${b.category}"`])
        if (r.json.includes(secret)) leaks.push(`${r.action}: ${secret}`);
    }
    for (const field of ['correct', 'answer', 'explanation', 'source', 'qid', 'key', 'right'])
      if (r.json.includes(`"${field}"`)) leaks.push(`${r.action}: field ${field}`);
  }
  expect(leaks).toEqual([]);
});

it('tokens are fresh for every option of every attempt and map to nothing stable', () => {
  const all = attempts.flatMap((a) => a.live.questions.flatMap((q) => q.options.map((o) => o.token)));
  expect(new Set(all).size).toBe(all.length);
  expect(all.filter((t) => !/^[A-Za-z0-9_-]{8}$/.test(t))).toEqual([]);
  // The server's copy agrees with what the phone saw, key included.
  const disagree = attempts.filter(({ live, stored }) =>
    live.questions.some(
      (q, i) =>
        q.options.map((o) => o.token + o.text).join() !==
        stored.questions[i].tokens.map((t, j) => t + stored.questions[i].options[j]).join(),
    ),
  );
  expect(disagree).toEqual([]);
});

describe('the position and token of the right option are unrelated to the key', () => {
  /** Single-choice questions of four options: shown position of the right option, and its token's rank. */
  function samples() {
    const out: { shown: number; tokenRank: number }[] = [];
    for (const { stored } of attempts) {
      for (const q of stored.questions) {
        if (q.type !== 'single' || q.options.length !== 4) continue;
        const shown = q.tokens.indexOf(q.correct[0]);
        out.push({ shown, tokenRank: [...q.tokens].sort().indexOf(q.correct[0]) });
      }
    }
    return out;
  }

  it('the right option is shown in each position equally often', () => {
    const s = samples();
    expect(s.length).toBeGreaterThan(1000);
    const counts = [0, 0, 0, 0];
    s.forEach((x) => counts[x.shown]++);
    expect(chiSquare(counts)).toBeLessThan(CHI2_3DF_P0001);
  });

  it('the right option’s token sorts into each rank equally often', () => {
    const counts = [0, 0, 0, 0];
    samples().forEach((x) => counts[x.tokenRank]++);
    expect(chiSquare(counts)).toBeLessThan(CHI2_3DF_P0001);
  });

  it('the shown position does not follow the bank’s order (the same question is shuffled differently each time)', async () => {
    const bank = new Map(
      cloud.dump<{ _id: string; options: string[]; answer: number[] }>('quiz_questions').map((q) => [q._id, q]),
    );
    let same = 0;
    let n = 0;
    const orders = new Map<string, Set<string>>();
    for (const { stored } of attempts) {
      for (const q of stored.questions) {
        if (q.type !== 'single' || q.options.length !== 4) continue;
        const b = bank.get(q.qid)!;
        const shown = q.tokens.indexOf(q.correct[0]);
        if (q.options[shown] !== b.options[b.answer[0]]) throw new Error('stored key disagrees with the bank');
        if (shown === b.answer[0]) same++;
        n++;
        orders.set(q.qid, (orders.get(q.qid) ?? new Set()).add(q.options.join('|')));
      }
    }
    // Expected a quarter; far from "always" (no shuffle) and from "never" (a fixed shift).
    expect(same / n).toBeGreaterThan(0.18);
    expect(same / n).toBeLessThan(0.32);
    const seenOften = [...orders.values()].filter((o) => o.size > 1);
    expect(seenOften.length).toBeGreaterThan(20);
  });

  it('true/false keeps 正确 first whatever the key, so its order says nothing', () => {
    const judges = attempts.flatMap(({ stored }) => stored.questions.filter((q) => q.type === 'judge'));
    expect(judges.length).toBeGreaterThan(50);
    for (const q of judges) expect(q.options).toEqual(['正确', '错误']);
    const keyFirst = judges.filter((q) => q.tokens.indexOf(q.correct[0]) === 0).length;
    expect(keyFirst).toBeGreaterThan(0);
    expect(keyFirst).toBeLessThan(judges.length);
  });
});

it('a member who is not the owner learns nothing from resume either', async () => {
  const { live } = attempts[0];
  const res = await cloud.call(PERSONAS.worker2.openid, 'quiz', 'resume', { attemptId: live.attemptId });
  expect(res.ok ? 'ok' : res.error.code).toBe('NOT_FOUND');
});
