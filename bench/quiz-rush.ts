/**
 * Quiz rush: 1,000 members at once each start a 20-question paper, save every answer one by one
 * and submit, through the local server's HTTP endpoint (file-backed SQLite, the same database
 * round trip as the sign-up rush). Reports requests per second and the latency of each action.
 */
import { performance } from 'node:perf_hooks';
import { atMost, info, round, type Benchmark, type Figure } from './figure';
import { databaseRoundTrip, DB_ROUND_TRIP_MS } from './support/db-latency';
import { functionClient, type FunctionClient } from './support/http';
import { startBenchLocal } from './support/local';
import { createMembers } from './support/members';
import { createOpenPaper } from './support/paper';
import { summarise } from './support/stats';
import type { LiveAttempt, SubmitOutput } from '../domain/contract/quiz';

export const MEMBERS = 1000;
export const QUESTIONS = 20;
const SOCKETS = 256;
/**
 * The rush stops itself after this long (members still sitting make no further call and are
 * reported as not finished), so a busy machine yields figures rather than a stopped benchmark.
 */
const TIME_LIMIT_MS = 150_000;

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
      const key = `${action} ${res.envelope.error.code}`;
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
    await rec.call(client, openid, 'saveAnswer', { attemptId: live.attemptId, index: q.index, tokens: [q.options[0].token] });
  }
  return rec.call<SubmitOutput>(client, openid, 'submit', { attemptId: live.attemptId });
}

export const bench: Benchmark = async () => {
  const local = await startBenchLocal();
  const client = functionClient(local.port, SOCKETS);
  try {
    const openids = await createMembers(local.db, 'quiz', MEMBERS);
    const paperId = await createOpenPaper(local.host, '劳动法律知识测验（压测）', QUESTIONS);
    databaseRoundTrip(local.host, DB_ROUND_TRIP_MS);
    // Warm the function outside the measured rush.
    await client.call('quiz', openids[0], { action: 'listPapers', input: {} });

    const started = performance.now();
    const rec = new Recorder(started + TIME_LIMIT_MS);
    const settled = await Promise.allSettled(openids.map((o) => sitPaper(client, rec, o, paperId)));
    const wallMs = performance.now() - started;
    const submitted = settled.filter((s) => s.status === 'fulfilled' && s.value.questionCount === QUESTIONS).length;
    const outOfTime = settled.filter((s) => s.status === 'rejected' && s.reason instanceof OutOfTime).length;
    const requests = ACTIONS.reduce((n, a) => n + rec.ms[a].length, 0);
    const failures = Object.entries(rec.errors).map(([k, n]) => `${k} ×${n}`).join(', ');
    const other = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected' && !(s.reason instanceof OutOfTime) && !/^(start|saveAnswer|submit) /.test(String((s.reason as Error)?.message)));
    const why = [failures, outOfTime ? `${outOfTime} stopped by the ${TIME_LIMIT_MS / 1000} s time limit` : '', other ? String(other.reason) : ''].filter(Boolean).join('; ');

    const figures: Figure[] = [
      info('quiz rush: setup', `${MEMBERS} members × ${QUESTIONS} questions`, '', `HTTP, ${SOCKETS} sockets, file-backed SQLite, ${DB_ROUND_TRIP_MS} ms per database round trip`),
      info('quiz rush: wall time', round(wallMs / 1000, 2), 's', `${requests.toLocaleString('en-US')} requests, ${client.retries()} resent after a connection reset`),
      info('quiz rush: throughput', round((requests / wallMs) * 1000), 'requests/s'),
      atMost('quiz rush: members not submitted', MEMBERS - submitted, 'members', 0, why || undefined),
    ];
    for (const a of ACTIONS) {
      const s = summarise(rec.ms[a]);
      figures.push(info(`quiz rush: ${a} p95`, round(s.p95), 'ms', `p50 ${round(s.p50)} ms, max ${round(s.max)} ms, ${s.count} calls`));
    }
    return figures;
  } finally {
    client.close();
    await local.close();
  }
};
