/**
 * The round trip every database request costs (UNION_DB_RTT_MS), through the REAL wx-server-sdk.
 * WeChat's database is a network service: 10-30 ms a request from a cloud function is normal, and
 * that gap is where concurrent calls interleave. Timed assertions here are lower bounds only: this
 * machine is shared and may be slow, never faster than the round trip.
 */
import { installDatabaseTransport, jittered, openEngine, type DbEngine } from '../../emulator/db';
import { msSetting } from '../../emulator/host-options';

let engine: DbEngine;
let db: any;

beforeAll(() => {
  engine = openEngine({ file: ':memory:', roundTripMs: 20 });
  engine.ensureCollections({ things: { indexes: [] } });
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database({ throwOnNotFound: false });
});

afterAll(() => engine.close());

test('each round trip is the nominal one ±30%, and they vary', () => {
  const draws = Array.from({ length: 2000 }, () => jittered(20));
  expect(Math.min(...draws)).toBeGreaterThanOrEqual(14);
  expect(Math.max(...draws)).toBeLessThanOrEqual(26);
  expect(new Set(draws.map((d) => Math.round(d))).size).toBeGreaterThan(5);
  expect(jittered(0)).toBe(0);
});

test('every request pays it: 10 sequential requests take at least 10 × 14 ms', async () => {
  const started = performance.now();
  for (let i = 0; i < 5; i++) {
    await db.collection('things').add({ data: { _id: `t${i}`, i } });
    await db.collection('things').doc(`t${i}`).get();
  }
  expect(performance.now() - started).toBeGreaterThanOrEqual(10 * 14);
});

test('a transaction pays it per step: start, get, update, commit', async () => {
  const started = performance.now();
  await db.runTransaction(async (t: any) => {
    const { data } = await t.collection('things').doc('t0').get();
    await t
      .collection('things')
      .doc('t0')
      .update({ data: { i: data.i + 1 } });
  });
  expect(performance.now() - started).toBeGreaterThanOrEqual(4 * 14);
});

test('the knob can change at run time; 0 answers at once', async () => {
  engine.roundTripMs = 0;
  const before = engine.stats.requests;
  await db.collection('things').doc('t1').get();
  expect(engine.stats.requests).toBe(before + 1);
  engine.roundTripMs = 20;
});

test('the host reads UNION_DB_RTT_MS (and UNION_FN_RTT_MS) unless told otherwise, and refuses nonsense', () => {
  const saved = process.env.UNION_DB_RTT_MS;
  try {
    process.env.UNION_DB_RTT_MS = '20';
    expect(msSetting(undefined, 'UNION_DB_RTT_MS')).toBe(20);
    expect(msSetting(5, 'UNION_DB_RTT_MS')).toBe(5);
    delete process.env.UNION_DB_RTT_MS;
    expect(msSetting(undefined, 'UNION_DB_RTT_MS')).toBe(0);
    process.env.UNION_DB_RTT_MS = 'fast';
    expect(() => msSetting(undefined, 'UNION_DB_RTT_MS')).toThrow(/UNION_DB_RTT_MS must be a number/);
  } finally {
    if (saved === undefined) delete process.env.UNION_DB_RTT_MS;
    else process.env.UNION_DB_RTT_MS = saved;
  }
});
