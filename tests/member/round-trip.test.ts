/**
 * `UNION_DB_RTT_MS=20` (as `UNION_DB_RTT_MS=20 npm start`) makes every database request of a call
 * cost a 20 ms round trip (±30%). member.getHome makes at least 8 requests (the dispatcher's member
 * read, then each area's part in parallel): together they pay at least 8 × 20 ms of round trips, and
 * the call lasts at least as long as its longest chain of them. Lower bounds only: a busy machine is
 * slower, never faster than the round trip.
 */
import { PERSONAS } from '../../demo/union';
import { seedDemo } from '../../demo/seed';
import { startTestCloud, type TestCloud } from '../support/cloud';

let cloud: TestCloud;
const saved = process.env.UNION_DB_RTT_MS;

beforeAll(async () => {
  process.env.UNION_DB_RTT_MS = '20';
  cloud = await startTestCloud();
  expect(cloud.host.engine.roundTripMs).toBe(20);
  // Loading the demo union is not what this measures.
  cloud.host.engine.roundTripMs = 0;
  await seedDemo(cloud.db);
  cloud.host.engine.roundTripMs = 20;
});

afterAll(async () => {
  if (saved === undefined) delete process.env.UNION_DB_RTT_MS;
  else process.env.UNION_DB_RTT_MS = saved;
  await cloud.close();
});

test('member.getHome pays a round trip per request: 6 × 20 ms in all, its chain of 3 in wall time', async () => {
  const event = { action: 'getHome', input: {} };
  const identity = { openid: PERSONAS.worker.openid };
  await cloud.host.invoke('member', event, identity); // loads the function
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await cloud.host.invoke('member', event, identity));
  for (const r of runs) {
    expect(r.ok).toBe(true);
    expect(r.dbRequests).toBe(6);
    // Every request drew its round trip within ±30% of 20 ms...
    expect(r.dbRoundTripMs).toBeGreaterThanOrEqual(r.dbRequests * 14);
    // ...and the call waited for the member read, then the papers and my attempts at them in a row.
    expect(r.ms).toBeGreaterThanOrEqual(3 * 14);
  }
  // On average each round trip is the nominal 20 ms: 6 requests pay 6 × 20 ms.
  const mean = runs.reduce((n, r) => n + r.dbRoundTripMs, 0) / runs.length;
  expect(mean).toBeGreaterThanOrEqual(6 * 20 * 0.9);
  console.log(
    `member.getHome at 20 ms: ${runs.map((r) => `${r.dbRequests} requests, ${Math.round(r.dbRoundTripMs)} ms of round trips, ${Math.round(r.ms)} ms wall`).join('; ')}`,
  );
});

test('at 0 ms the same call pays no round trip', async () => {
  cloud.host.engine.roundTripMs = 0;
  const r = await cloud.host.invoke('member', { action: 'getHome', input: {} }, { openid: PERSONAS.worker.openid });
  expect(r.dbRoundTripMs).toBe(0);
  cloud.host.engine.roundTripMs = 20;
});
