/**
 * Sign-up rush: 2,000 members sign up at once for 200 places through the local server's HTTP
 * endpoint (file-backed SQLite, as `npm start` runs), ours next to the naive count-then-insert of
 * the open-source sign-up mini-programs (bench/fixtures/naive-signup) on the same host and
 * endpoint, at database round trips of 0, 5 and 20 ms side by side (support/levels.ts). Only with a
 * round trip can requests of concurrent calls interleave as they do on WeChat's cloud; functions run
 * under their config.json timeout (3 s for event), so a call that cannot finish in time says -504003.
 */
import fs from 'node:fs';
import { errorFigure, info, round, type Benchmark, type Figure } from './figure';
import { functionClient, type FunctionClient } from './support/http';
import { startBenchLocal, type BenchLocal } from './support/local';
import { createMembers } from './support/members';
import { outcomes, rush, type RushOutcome } from './support/rush';
import { functionsWithFixtures } from './support/functions';
import { ROUND_TRIPS_MS, sideBySide, sideBySideJudged } from './support/levels';
import { ourSignupRush, type OurRush } from './signup-ours';

export const MEMBERS = 2000;
export const PLACES = 200;
/** The client's socket pool: what can be in flight at once, as a gateway in front would allow. */
const SOCKETS = 256;

const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

interface Naive {
  rush: RushOutcome<unknown>;
  stored: number;
}

interface Level {
  ms: number;
  ours: OurRush | Error;
  naive: Naive;
  conflicts: number;
}

async function naiveRush(local: BenchLocal, client: FunctionClient, openids: string[], eventId: string): Promise<Naive> {
  await local.db.collection('naive_events').doc(eventId).set({ data: { title: '夏送清凉（对照）', capacity: PLACES } });
  // Warm the function (its first call loads the bundle), outside the measured rush.
  await client.call('naive-signup', openids[0], { eventId: 'warm-up' });
  const r = await rush(openids.length, (i) => client.call('naive-signup', openids[i], { eventId }));
  const { total } = (await local.db.collection('naive_signups').where({ eventId }).count()) as unknown as { total: number };
  return { rush: r, stored: total };
}

async function level(local: BenchLocal, client: FunctionClient, openids: string[], ms: number): Promise<Level> {
  local.host.engine.roundTripMs = ms;
  const before = local.host.engine.stats.conflicts;
  let ours: OurRush | Error;
  try {
    ours = await ourSignupRush(local, client, openids, PLACES, `冬送温暖（压测，往返 ${ms} ms）`);
  } catch (e) {
    console.error(`[signup-rush] ours at ${ms} ms:`, e);
    ours = e instanceof Error ? e : new Error(String(e));
  }
  const conflicts = local.host.engine.stats.conflicts - before;
  const naive = await naiveRush(local, client, openids, `naive-rush-${ms}`);
  return { ms, ours, naive, conflicts };
}

function figuresOf(levels: Level[]): Figure[] {
  const figures: Figure[] = [];
  const failed = levels.find((l) => l.ours instanceof Error);
  if (failed) figures.push(errorFigure(`sign-up rush (ours) at ${failed.ms} ms`, failed.ours));
  const ours = levels.map((l) => (l.ours instanceof Error ? undefined : l.ours));
  const of = (pick: (o: OurRush) => number) => ours.map((o) => (o ? pick(o) : NaN));
  figures.push(
    sideBySide('sign-up rush (ours): wall time', 's', of((o) => round(o.rush.wallMs / 1000, 2))),
    sideBySide('sign-up rush (ours): throughput', 'answers/s', of((o) => o.rush.perSecond)),
    sideBySide('sign-up rush (ours): latency p50', 'ms', of((o) => o.rush.latency.p50)),
    sideBySide('sign-up rush (ours): latency p95', 'ms', of((o) => o.rush.latency.p95)),
    sideBySide('sign-up rush (ours): latency p99', 'ms', of((o) => o.rush.latency.p99)),
    sideBySide('sign-up rush (ours): database requests per call', 'requests', of((o) => o.requestsPerCall)),
    sideBySide('sign-up rush (ours): write-time conflicts', 'conflicts', levels.map((l) => l.conflicts)),
    sideBySide('sign-up rush (ours): confirmed answers', 'members', of((o) => o.confirmedAnswers), `of ${PLACES} places`),
    sideBySideJudged('sign-up rush (ours): places left empty', 'places', of((o) => PLACES - o.confirmed), '= 0', (v) => v === 0, 'members turned away (CONFLICT, -504003) while places were free'),
    sideBySideJudged('sign-up rush (ours): overbooked', 'sign-ups', of((o) => Math.max(0, o.confirmed - PLACES)), '= 0', (v) => v === 0),
    sideBySideJudged('sign-up rush (ours): counter − stored confirmed', '', of((o) => o.counterDrift), '= 0', (v) => v === 0),
    sideBySide('sign-up rush (ours): registrations stored − distinct ids answered', '', of((o) => o.storedMinusDistinct), 'a call that timed out may have stored its registration'),
  );
  for (const l of levels) {
    if (!(l.ours instanceof Error)) figures.push(info(`sign-up rush (ours) at ${l.ms} ms: answers`, describe(outcomes(l.ours.rush.results)), ''));
  }
  figures.push(
    sideBySide('sign-up rush (naive): throughput', 'answers/s', levels.map((l) => l.naive.rush.perSecond)),
    sideBySide('sign-up rush (naive): latency p95', 'ms', levels.map((l) => l.naive.rush.latency.p95)),
    sideBySide('sign-up rush (naive): overbooked', 'sign-ups', levels.map((l) => l.naive.stored - PLACES), 'stored minus places: count-then-insert races once requests interleave'),
    sideBySide('sign-up rush: our throughput / naive', '×', levels.map((l, i) => (ours[i] ? round(ours[i]!.rush.perSecond / l.naive.rush.perSecond, 2) : NaN))),
  );
  return figures;
}

export const bench: Benchmark = async () => {
  const functionsDir = await functionsWithFixtures(['naive-signup']);
  const local = await startBenchLocal({
    functionsDir,
    extraCollections: { naive_events: { indexes: [] }, naive_signups: { indexes: [{ name: 'event', keys: { eventId: 1 } }] } },
  });
  const client = functionClient(local.port, SOCKETS);
  try {
    const openids = await createMembers(local.db, 'rush', MEMBERS);
    const levels: Level[] = [];
    for (const ms of ROUND_TRIPS_MS) levels.push(await level(local, client, openids, ms));
    return [
      info('sign-up rush: setup', `${MEMBERS} members, ${PLACES} places`, '', `HTTP, ${SOCKETS} sockets, file-backed SQLite, event function timeout 3 s`),
      ...figuresOf(levels),
    ];
  } finally {
    client.close();
    await local.close();
    fs.rmSync(functionsDir, { recursive: true, force: true });
  }
};
