/**
 * Cloud-function tests run the BUILT functions (dist/cloudfunctions, made by `npm run build:cloud`
 * before jest) in the local cloud with the real wx-server-sdk: no mock of the SDK anywhere.
 *
 *   const cloud = cloudForFile(); // or await startTestCloud({ seed: true }) in a hook of your own
 *   const res = await cloud.call(PERSONAS.worker.openid, 'member', 'getMe', {});
 *
 * Helpers are named one way (tests/README.md): `<thing>Input` for an action's input, `publish<Thing>` /
 * `save<Thing>` to arrange through the real actions, `insert<Things>` to write straight into the
 * database, `stored<Thing>` to read it back, `expectError` / `codeOf` (outcome.ts) for an answer,
 * durations and China time from time.ts, personas' openids from personas.ts.
 */
import path from 'node:path';
import os from 'node:os';
import fs from 'node:fs';
import { createCloudHost, type CloudHost } from '../../emulator';
import { COLLECTIONS } from '../../domain/collections';
import type { ActionOf, Area, Input, Output } from '../../domain/contract';
import type { Envelope } from '../../domain/contract/envelope';
import { seedDemo } from '../../demo/seed';
import type { SeedDb } from '../../demo/db';
import { PERSONAS } from '../../demo/union';

const ROOT = path.resolve(__dirname, '../..');
export const FUNCTIONS_DIR = path.join(ROOT, 'dist', 'cloudfunctions');

export interface TestCloud {
  host: CloudHost;
  /** The real SDK's database, for arranging data and asserting what an action wrote. */
  db: SeedDb;
  /** Calls an action as a WeChat user (openid '' = a server-side caller) and returns the envelope. */
  call<A extends Area, N extends ActionOf<A>>(
    openid: string,
    area: A,
    action: N,
    input: Input<A, N> | Record<string, unknown>,
  ): Promise<Envelope<Output<A, N>>>;
  /** Like call, but fails the test unless ok, returning the data. */
  ok<A extends Area, N extends ActionOf<A>>(
    openid: string,
    area: A,
    action: N,
    input: Input<A, N> | Record<string, unknown>,
  ): Promise<Output<A, N>>;
  /** Sends a raw event (for malformed-event tests). */
  raw(openid: string, fn: string, event: unknown): Promise<unknown>;
  /** Every document of a collection. */
  dump<T = Record<string, unknown>>(collection: string): T[];
  close(): Promise<void>;
}

export interface TestCloudOptions {
  /** Load the demo union (units, members, and each area's demo data). */
  seed?: boolean;
  /** Per-function env vars, e.g. { member: { ADMIN_OPENIDS: 'o-x' } }. */
  functionEnv?: Record<string, Record<string, string>>;
  openapiLatencyMs?: number;
}

export async function startTestCloud(options: TestCloudOptions = {}): Promise<TestCloud> {
  if (!fs.existsSync(path.join(FUNCTIONS_DIR, 'member', 'index.js'))) {
    throw new Error('dist/cloudfunctions is missing: run `npm run build:cloud` (npm test does it first)');
  }
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-storage-'));
  const host = createCloudHost({
    dataFile: ':memory:',
    functionsDir: FUNCTIONS_DIR,
    storageDir,
    collections: COLLECTIONS,
    functionEnv: options.functionEnv,
    openapiLatencyMs: options.openapiLatencyMs,
  });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sdk = require('wx-server-sdk');
  sdk.init({ env: 'local' });
  const db: SeedDb = sdk.database({ throwOnNotFound: false });
  if (options.seed) await seedDemo(db);

  const raw = async (openid: string, fn: string, event: unknown): Promise<unknown> => {
    const res = await host.invoke(fn, event, { openid, source: openid ? 'wx_client' : 'wx_function' });
    if (!res.ok) throw new Error(`function ${fn} failed: ${res.errCode} ${res.errMsg}`);
    return res.result;
  };
  const call: TestCloud['call'] = async (openid, area, action, input) =>
    (await raw(openid, area, { action, input })) as Envelope<never>;
  const ok: TestCloud['ok'] = async (openid, area, action, input) => {
    const env = await call(openid, area, action, input);
    if (!env.ok)
      throw new Error(
        `${area}.${String(action)} failed: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.issues ?? [])}`,
      );
    return env.data as never;
  };
  return {
    host,
    db,
    call,
    ok,
    raw,
    dump: <T>(collection: string) => host.engine.dump(collection) as T[],
    close: async () => {
      await host.close();
      fs.rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test file's cloud, with its lifecycle: started before the file's first test (the seeded demo
 * union unless `start` says otherwise), closed after its last with the real clock back.
 *
 *   const cloud = cloudForFile();
 *
 * The object stands for the cloud started in beforeAll (a later beforeAll may arrange data in it);
 * reading it outside a test or hook throws.
 */
export function cloudForFile(start: () => Promise<TestCloud> = () => startTestCloud({ seed: true })): TestCloud {
  let current: TestCloud | undefined;
  beforeAll(async () => {
    current = await start();
  });
  afterAll(async () => {
    jest.useRealTimers();
    await current?.close();
  });
  return new Proxy({} as TestCloud, {
    get: (_target, key) => {
      if (!current) throw new Error('the test cloud starts in beforeAll: use it inside a test or a hook');
      return Reflect.get(current, key);
    },
  });
}

let uploads = 0;

/**
 * Puts a file into cloud storage and returns its fileID, as Taro.cloud.uploadFile would at the path
 * member.getUploadPath gives: `uploads/<owner>/<folder>/…`, the uploader's own folder (only they may
 * import it).
 */
export function upload(
  cloud: TestCloud,
  folder: 'roster' | 'questions',
  content: Buffer,
  name = `${folder}.xlsx`,
  owner: string = PERSONAS.organizer.openid,
): string {
  uploads += 1;
  return cloud.host.storage.put(`uploads/${owner}/${folder}/test-${uploads}-${name}`, content, `client:${owner}`);
}

const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/**
 * Moves the clock the functions see (only Date: timers keep running). Use for windows, deadlines,
 * remaining time. Call `jest.useRealTimers()` after.
 */
export function setClock(at: Date | number): void {
  jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: at });
  jest.setSystemTime(at);
}

/**
 * Runs the calls with at most `limit` in flight, results in order. WeChat runs each invocation in its
 * own container; here they share one process and two cores, so thousands at once would each wait for
 * the CPU the others use and pass the 3 s function timeout while doing little work. A crowd larger
 * than `limit` still races: `limit` calls contend for the same documents at every moment.
 */
export async function inFlight<T>(limit: number, calls: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results = new Array<T>(calls.length);
  let next = 0;
  const worker = async () => {
    while (next < calls.length) {
      const i = next++;
      results[i] = await calls[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, calls.length) }, worker));
  return results;
}

/**
 * A member (or organizer) told CONFLICT (参与的人太多了，请稍后重试) taps again a little later, up to
 * `taps` times; returns the last answer. Under WeChat's write-time conflicts and 3 s timeout, a
 * transaction on one hot document turns part of a crowd away once; callers that test a crowd count
 * on the end state, not on everyone getting in at the first tap.
 */
export async function tapAgain<T extends { ok: boolean; error?: { code: string } }>(
  call: () => Promise<T>,
  taps = 8,
  onConflict?: () => void,
): Promise<T> {
  for (let tap = 1; ; tap++) {
    const out = await call();
    if (out.ok || out.error?.code !== 'CONFLICT' || tap >= taps) return out;
    onConflict?.();
    await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
  }
}
