/**
 * The local database engine: SQLite storage + MongoDB semantics behind the CloudBase wire protocol.
 *
 * Each request costs a round trip (`roundTripMs`, ±30% jitter: half before it runs, half after), as a
 * request from a cloud function to the managed database does (10-30 ms is normal). Without it every
 * request answers in the same tick, no two calls interleave, and races and hot-document designs look
 * fine locally and fail on WeChat. The request itself then runs synchronously (better-sqlite3), so it
 * is atomic with respect to every other request; a plain write to a document held by an open
 * transaction waits for that transaction (up to `lockWaitMs`) and runs again.
 */
import { performance } from 'perf_hooks';
import type { CollectionDecl, DbEngine, Doc, EngineStats, OpenOptions } from './types';
import { Store } from './store';
import { Transactions, isBlocked, type Blocked } from './transactions';
import { dispatch } from './actions';
import { errors, toDbError } from './errors';
import { decodeDoc } from './ejson';
import { prefilter } from './prefilter';

const DEFAULT_TRANSACTION_TTL_MS = 30_000;
/** node-sdk's default request timeout: what a caller stuck behind a held document waits at most. */
const DEFAULT_LOCK_WAIT_MS = 15_000;
/** Each round trip is the nominal one ±30%. */
const JITTER = 0.3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One round trip: the nominal time ±30%, uniformly. */
export function jittered(ms: number): number {
  return ms > 0 ? ms * (1 - JITTER + 2 * JITTER * Math.random()) : 0;
}

/**
 * One request as the caller sees it: half the round trip, the host's check (`onRequest`, which may
 * refuse a timed-out caller), the work, the other half; failures come out as database errors. Even
 * at 0 ms the answer comes in a later turn of the event loop, as a network reply does: answered in
 * microtasks, a function's whole chain of requests would run without letting timers fire (its
 * timeout, other calls' pauses) until it ends. Shared by the in-thread and the threaded engine.
 */
export async function paidRoundTrip(
  engine: Pick<DbEngine, 'roundTripMs' | 'onRequest' | 'stats'>,
  action: string,
  work: () => Promise<unknown>,
): Promise<unknown> {
  engine.stats.requests += 1;
  const rtt = jittered(engine.roundTripMs);
  if (rtt > 0) await sleep(rtt / 2);
  else await new Promise<void>((resolve) => setImmediate(resolve));
  try {
    // Inside the try: a caller the host refuses (a timed-out invocation) gets a database error.
    engine.onRequest?.(action, rtt);
    return await work();
  } catch (e) {
    throw toDbError(e);
  } finally {
    if (rtt > 0) await sleep(rtt / 2);
  }
}

export function openEngine(opts: OpenOptions): DbEngine {
  const now = opts.now ?? Date.now;
  const stats: EngineStats = { requests: 0, rowsRead: 0, conflicts: 0, lockWaits: 0, busyMs: 0 };
  const store = new Store(opts.file, stats);
  const transactions = new Transactions(store, opts.transactionTtlMs ?? DEFAULT_TRANSACTION_TTL_MS, now, () => {
    stats.conflicts += 1;
  });
  const lockWaitMs = opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  const ctx = { store, transactions, now };
  let closed = false;

  /** Runs the request, waiting out the transactions that hold what it writes. */
  async function run(action: string, params: unknown): Promise<unknown> {
    const deadline = performance.now() + lockWaitMs;
    for (;;) {
      if (closed) throw toDbError(new Error('the database engine is closed'));
      transactions.sweep();
      const began = performance.now();
      let blocked: Blocked;
      try {
        return dispatch(ctx, action, params);
      } catch (e) {
        if (!isBlocked(e)) throw toDbError(e);
        blocked = e;
      } finally {
        stats.busyMs += performance.now() - began;
      }
      const left = deadline - performance.now();
      if (left <= 0) throw errors.requestTimeout();
      stats.lockWaits += 1;
      await Promise.race([blocked.owner.ended, sleep(left)]);
    }
  }

  const engine: DbEngine = {
    onRequest: undefined,
    roundTripMs: opts.roundTripMs ?? 0,
    stats,

    handle: (action: string, params: unknown) => paidRoundTrip(engine, action, () => run(action, params)),

    ensureCollections(decl: Readonly<Record<string, CollectionDecl>>): void {
      for (const [name, spec] of Object.entries(decl)) {
        store.create(name);
        store.ensureIndexes(name, spec.indexes);
      }
    },

    listCollections: () => store.names(),

    dump(collection: string): Doc[] {
      return [...store.rows(collection)].map((r) => decodeDoc<Doc>(r.doc));
    },

    explain(collection: string, query: Record<string, unknown>): string[] {
      return store.explain(collection, prefilter(query, store.indexedFields(collection)));
    },

    openTransactions: () => transactions.size,

    close(): void {
      if (closed) return;
      closed = true;
      transactions.closeAll();
      store.close();
    },
  };
  return engine;
}
