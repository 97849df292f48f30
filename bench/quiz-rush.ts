/**
 * Quiz rush: 500 members at once each start a 20-question paper, save every answer one by one and
 * submit, through the local server's HTTP endpoint (file-backed SQLite), at database round trips of
 * 0, 5 and 20 ms side by side (support/levels.ts), each on a fresh paper. Reports requests per second
 * and the latency of each action; the quiz function runs under its 3 s timeout.
 */
import { performance } from 'node:perf_hooks';
import { info, round, type Benchmark, type Figure } from './figure';
import { functionClient, type FunctionClient } from './support/http';
import { startBenchLocal, type BenchLocal } from './support/local';
import { createMembers } from './support/members';
import { createOpenPaper } from './support/paper';
import { summarise } from './support/stats';
import { ROUND_TRIPS_MS, sideBySide, sideBySideJudged } from './support/levels';
import type { LiveAttempt, SubmitOutput } from '../domain/contract/quiz';

export const MEMBERS = 500;
export const QUESTIONS = 20;
const SOCKETS = 256;
/**
 * Each level stops itself after this long (members still sitting make no further call and are
 * reported as not finished), so a busy machine yields figures rather than a stopped benchmark.
 */
const TIME_LIMIT_MS = 60_000;

class OutOfTime extends Error {}
const ACTIONS = ['start', 'saveAnswer', 'submit'] as const;
type QuizAction = (typeof ACTIONS)[number];

class Recorder {
  readonly ms: Record<QuizAction, number[]> = { start: [], saveAnswer: [], submit: [] };
  readonly errors: Record<string, number> = {};
  constructor(private readonly deadline: number) {}

  async call<T>(client: FunctionClient, openid: string, action: QuizAction, input: unknown): Promise<T> {
    if (performance.now() > this.deadline) throw new OutOfTime();
    const res = await client.call<T>('quiz', openid, { action, input });
    this.ms[action].push(res.ms);
    if (!res.envelope.ok) {
      const wx = (res.envelope.error as { wx?: { errCode?: number } }).wx;
      const key = `${action} ${wx?.errCode ?? res.envelope.error.code}`;
      this.errors[key] = (this.errors[key] ?? 0) + 1;
      throw new Error(`${key}: ${res.envelope.error.message}`);
    }
    return res.envelope.data;
  }
}

/** One member's sitting: start, answer every question with its first option, submit. */
async function sitPaper(client: FunctionClient, rec: Recorder, openid: string, paperId: string): Promise<SubmitOutput> {
  const live = await rec.call<LiveAttempt>(client, openid, 'start', { paperId });
  for (const q of live.questions) {
    await rec.call(client, openid, 'saveAnswer', {
      attemptId: live.attemptId,
      index: q.index,
      tokens: [q.options[0].token],
    });
  }
  return rec.call<SubmitOutput>(client, openid, 'submit', { attemptId: live.attemptId });
}

interface Level {
  ms: number;
  wallMs: number;
  requests: number;
  submitted: number;
  rec: Recorder;
  why: string;
}

async function level(local: BenchLocal, client: FunctionClient, openids: string[], ms: number): Promise<Level> {
  const paperId = await createOpenPaper(local.host, `劳动法律知识测验（压测，往返 ${ms} ms）`, QUESTIONS);
  local.host.engine.roundTripMs = ms;
  const started = performance.now();
  const rec = new Recorder(started + TIME_LIMIT_MS);
  const settled = await Promise.allSettled(openids.map((o) => sitPaper(client, rec, o, paperId)));
  const wallMs = performance.now() - started;
  local.host.engine.roundTripMs = 0;
  const submitted = settled.filter((s) => s.status === 'fulfilled' && s.value.questionCount === QUESTIONS).length;
  const outOfTime = settled.filter((s) => s.status === 'rejected' && s.reason instanceof OutOfTime).length;
  const failures = Object.entries(rec.errors)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  const other = settled.find(
    (s): s is PromiseRejectedResult =>
      s.status === 'rejected' &&
      !(s.reason instanceof OutOfTime) &&
      !/^(start|saveAnswer|submit) /.test(String((s.reason as Error)?.message)),
  );
  const why = [
    failures,
    outOfTime ? `${outOfTime} stopped by the ${TIME_LIMIT_MS / 1000} s time limit` : '',
    other ? String(other.reason) : '',
  ]
    .filter(Boolean)
    .join('; ');
  const requests = ACTIONS.reduce((n, a) => n + rec.ms[a].length, 0);
  return { ms, wallMs, requests, submitted, rec, why };
}

export const bench: Benchmark = async () => {
  const local = await startBenchLocal();
  const client = functionClient(local.port, SOCKETS);
  try {
    const openids = await createMembers(local.db, 'quiz', MEMBERS);
    // Warm the function outside the measured rush.
    await client.call('quiz', openids[0], { action: 'listPapers', input: {} });
    const levels: Level[] = [];
    for (const ms of ROUND_TRIPS_MS) levels.push(await level(local, client, openids, ms));

    const figures: Figure[] = [
      info(
        'quiz rush: setup',
        `${MEMBERS} members × ${QUESTIONS} questions`,
        '',
        `HTTP, ${SOCKETS} sockets, file-backed SQLite, quiz function timeout 3 s, a fresh paper per level`,
      ),
      sideBySide(
        'quiz rush: wall time',
        's',
        levels.map((l) => round(l.wallMs / 1000, 2)),
        `${client.retries()} calls resent after a connection reset`,
      ),
      sideBySide(
        'quiz rush: throughput',
        'requests/s',
        levels.map((l) => (l.requests / l.wallMs) * 1000),
      ),
      sideBySideJudged(
        'quiz rush: members not submitted',
        'members',
        levels.map((l) => MEMBERS - l.submitted),
        '= 0',
        (v) => v === 0,
        levels
          .map((l) => (l.why ? `${l.ms} ms: ${l.why}` : ''))
          .filter(Boolean)
          .join(' | ') || undefined,
      ),
    ];
    for (const a of ACTIONS) {
      const s = levels.map((l) => summarise(l.rec.ms[a]));
      figures.push(
        sideBySide(
          `quiz rush: ${a} p95`,
          'ms',
          s.map((x) => x.p95),
          `p50 ${s.map((x) => round(x.p50)).join(' / ')} ms; max ${s.map((x) => round(x.max)).join(' / ')} ms`,
        ),
      );
    }
    return figures;
  } finally {
    client.close();
    await local.close();
  }
};
