/**
 * Sign-up rush: 2,000 members sign up at once for 200 places through the local server's HTTP
 * endpoint (file-backed SQLite, as `npm start` runs), ours next to the naive count-then-insert of
 * the open-source sign-up mini-programs (bench/fixtures/naive-signup) on the same host and
 * endpoint. Ours must hold exactly 200 places at no less than half the naive one's throughput.
 *
 * Run twice: with a database round trip (support/db-latency.ts; the figures that carry the goals,
 * because only then can requests of concurrent calls interleave as they do on WeChat's cloud), and
 * with none (the emulator as it is: every call's requests run back to back, so nothing can race).
 */
import fs from 'node:fs';
import { atLeast, atMost, errorFigure, exactly, info, round, type Benchmark, type Figure } from './figure';
import { databaseRoundTrip, DB_ROUND_TRIP_MS } from './support/db-latency';
import { functionClient, type FunctionClient } from './support/http';
import { startBenchLocal, type BenchLocal } from './support/local';
import { createMembers } from './support/members';
import { outcomes, rush, type RushOutcome } from './support/rush';
import { functionsWithFixtures } from './support/functions';
import { ourSignupRush } from './signup-ours';

export const MEMBERS = 2000;
export const PLACES = 200;
/** The client's socket pool: what can be in flight at once, as a gateway in front would allow. */
const SOCKETS = 256;

const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

async function naiveRush(local: BenchLocal, client: FunctionClient, openids: string[], eventId: string): Promise<{ rush: RushOutcome<unknown>; stored: number }> {
  await local.db.collection('naive_events').doc(eventId).set({ data: { title: '夏送清凉（对照）', capacity: PLACES } });
  // Warm the function (its first call loads the bundle), outside the measured rush.
  await client.call('naive-signup', openids[0], { eventId: 'warm-up' });
  const r = await rush(openids.length, (i) => client.call('naive-signup', openids[i], { eventId }));
  const { total } = (await local.db.collection('naive_signups').where({ eventId }).count()) as unknown as { total: number };
  return { rush: r, stored: total };
}

function latencyFigures(prefix: string, r: RushOutcome<unknown>): Figure[] {
  return [
    info(`${prefix}: wall time`, round(r.wallMs / 1000, 2), 's', `${r.results.length} answers, ${r.transportErrors.length} transport errors`),
    info(`${prefix}: throughput`, round(r.perSecond), 'sign-ups/s'),
    info(`${prefix}: latency p50`, round(r.latency.p50), 'ms'),
    info(`${prefix}: latency p95`, round(r.latency.p95), 'ms'),
    info(`${prefix}: latency p99`, round(r.latency.p99), 'ms'),
  ];
}

/** The main comparison, with the database round trip: every figure and the goals. */
async function withRoundTrip(local: BenchLocal, client: FunctionClient, openids: string[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  let ours: Awaited<ReturnType<typeof ourSignupRush>> | undefined;
  try {
    ours = await ourSignupRush(local, client, openids, PLACES, '冬送温暖（压测）');
    figures.push(...latencyFigures('sign-up rush (ours)', ours.rush));
    figures.push(exactly('sign-up rush (ours): confirmed', ours.confirmed, 'registrations', PLACES));
    figures.push(...ours.invariants);
    figures.push(info('sign-up rush (ours): answers', describe(outcomes(ours.rush.results)), ''));
  } catch (e) {
    console.error('[signup-rush] ours:', e);
    figures.push(errorFigure('sign-up rush (ours)', e));
  }
  const naive = await naiveRush(local, client, openids, 'naive-rush');
  figures.push(...latencyFigures('sign-up rush (naive)', naive.rush));
  figures.push(info('sign-up rush (naive): answers', describe(outcomes(naive.rush.results)), ''));
  figures.push(info('sign-up rush (naive): overbooked', naive.stored - PLACES, 'sign-ups', `${naive.stored} stored for ${PLACES} places`));
  if (ours) {
    figures.push(atLeast('sign-up rush: our throughput / naive', round(ours.rush.perSecond / naive.rush.perSecond, 2), '×', 0.5));
    figures.push(atMost('sign-up rush (ours): overbooked', Math.max(0, ours.confirmed - PLACES), 'sign-ups', 0, `naive: ${naive.stored - PLACES}`));
  }
  return figures;
}

/** The same two rushes with no round trip, briefly: shows what the emulator alone cannot show. */
async function withoutRoundTrip(local: BenchLocal, client: FunctionClient, openids: string[]): Promise<Figure[]> {
  const label = 'sign-up rush, no round trip';
  const figures: Figure[] = [];
  try {
    const ours = await ourSignupRush(local, client, openids, PLACES, '冬送温暖（压测，无往返）');
    figures.push(info(`${label} (ours): throughput`, round(ours.rush.perSecond), 'sign-ups/s', `confirmed ${ours.confirmed}; ${describe(outcomes(ours.rush.results))}`));
  } catch (e) {
    figures.push(errorFigure(`${label} (ours)`, e));
  }
  const naive = await naiveRush(local, client, openids, 'naive-rush-0');
  figures.push(info(`${label} (naive): throughput`, round(naive.rush.perSecond), 'sign-ups/s', `overbooked ${naive.stored - PLACES}: no request of another call runs between its count and its insert`));
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
    const roundTrip = databaseRoundTrip(local.host);
    const figures: Figure[] = [
      info('sign-up rush: setup', `${MEMBERS} members, ${PLACES} places`, '', `HTTP, ${SOCKETS} sockets, file-backed SQLite, ${DB_ROUND_TRIP_MS} ms per database round trip`),
    ];
    roundTrip.set(DB_ROUND_TRIP_MS);
    figures.push(...(await withRoundTrip(local, client, openids)));
    roundTrip.set(0);
    figures.push(...(await withoutRoundTrip(local, client, openids)));
    return figures;
  } finally {
    client.close();
    await local.close();
    fs.rmSync(functionsDir, { recursive: true, force: true });
  }
};
