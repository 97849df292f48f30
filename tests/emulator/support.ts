/**
 * Helpers for the emulator's database suites: the REAL wx-server-sdk pointed at a local engine, the
 * engines the conformance and transaction suites run on (with their collections and documents), and
 * a rejection read the way those suites compare it.
 */
import { installDatabaseTransport, openEngine, type DbEngine, type OpenOptions } from '../../emulator/db';
import { openTestEngine } from '../support/engine';

/**
 * The real wx-server-sdk's database for the local env. Every database it gives talks to the engine
 * installDatabaseTransport installed last.
 */
export function sdkDatabase(options?: { throwOnNotFound: boolean }): any {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  return options ? cloud.database(options) : cloud.database();
}

let lenientDb: any;
/** One database that answers a missing document with null data, for the helpers below. */
const lenient = () => (lenientDb ??= sdkDatabase({ throwOnNotFound: false }));

// ---------------------------------------------------------------------------------------------
// Conformance (db-conformance*.test.ts, run again on a thread of its own by db-threaded.test.ts).

export interface ConformanceDb {
  engine: DbEngine;
  db: any;
  /** The same database with throwOnNotFound: false. */
  lenient: any;
  _: any;
  $: any;
}

/**
 * The engine a conformance suite runs on (in-thread, or threaded under db-threaded: see
 * tests/support/engine.ts) with every collection the suites use, installed for the SDK.
 */
export function openConformanceDb(): ConformanceDb {
  const engine = openTestEngine();
  engine.ensureCollections({
    todos: { indexes: [{ name: 'tag', keys: { tag: 1 } }] },
    ops: {
      indexes: [
        { name: 'n', keys: { n: 1 } },
        { name: 's', keys: { s: 1 } },
      ],
    },
    upd: { indexes: [] },
    big: { indexes: [{ name: 'i', keys: { i: 1 } }] },
    orders: { indexes: [] },
    users: { indexes: [] },
  });
  installDatabaseTransport(engine);
  const db = sdkDatabase();
  return { engine, db, lenient: sdkDatabase({ throwOnNotFound: false }), _: db.command, $: db.command.aggregate };
}

/** The error a call failed with, as the SDK reports it: errCode and errMsg (the message when it has none). */
export async function rejection(p: Promise<unknown>): Promise<{ errCode: unknown; errMsg: string }> {
  const { errCode, message } = await failure(p);
  return { errCode, errMsg: message };
}

// ---------------------------------------------------------------------------------------------
// Transactions (db-transaction*.test.ts: accounts; wechat-*.test.ts: WeChat's passages example).

/**
 * The error a call failed with: the SDK's errCode and errMsg, the service's code (which
 * wx-server-sdk drops from document calls), and errMsg or else the error's message.
 */
export async function failure(
  p: Promise<unknown>,
): Promise<{ errCode?: unknown; code?: unknown; errMsg?: unknown; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { errCode?: unknown; code?: unknown; message?: unknown; errMsg?: unknown };
    return { errCode: err.errCode, code: err.code, errMsg: err.errMsg, message: String(err.errMsg ?? err.message) };
  }
  throw new Error('expected the call to fail');
}

/** An in-thread engine with the accounts (acc) and counters collections, transactions expiring after 30 s. */
export function openAccountsEngine(now?: () => number): DbEngine {
  const engine = openEngine({ file: ':memory:', now, transactionTtlMs: 30_000 });
  engine.ensureCollections({ acc: { indexes: [] }, counters: { indexes: [] } });
  installDatabaseTransport(engine);
  return engine;
}

/** Empties a collection and writes `docs` into it. */
async function refill(collection: string, docs: Record<string, unknown>[]): Promise<void> {
  await lenient()
    .collection(collection)
    .where({ _id: lenient().command.exists(true) })
    .remove();
  await lenient().collection(collection).add({ data: docs });
}

/** Two accounts and nothing else: alice with 100, bob with 0. */
export const resetAccounts = () =>
  refill('acc', [
    { _id: 'alice', balance: 100 },
    { _id: 'bob', balance: 0 },
  ]);

/** An account's balance as committed, null when there is no such account. */
export async function balance(id: string): Promise<number | null> {
  return (await lenient().collection('acc').doc(id).get()).data?.balance ?? null;
}

/** How long a plain write waits for a transaction's lock in the passages suites before it fails. */
export const LOCK_WAIT_MS = 400;

/** An in-thread engine with WeChat's example collection (passages), installed for the SDK. */
export function openPassagesEngine(opts: Omit<OpenOptions, 'file'>): DbEngine {
  const engine = openEngine({ file: ':memory:', ...opts });
  engine.ensureCollections({ passages: { indexes: [] } });
  installDatabaseTransport(engine);
  return engine;
}

/** WeChat's three passages and nothing else: two about the Web, one about Life (with n: 0). */
export const resetPassages = () =>
  refill('passages', [
    { _id: '1', category: 'Web' },
    { _id: '2', category: 'Web' },
    { _id: '3', category: 'Life', n: 0 },
  ]);

/** A passage as committed, null when there is none. */
export const passage = async (id: string) => (await lenient().collection('passages').doc(id).get()).data;
