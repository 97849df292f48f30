/**
 * The engine on a thread of its own, for `npm start` and the bench (file-backed only). On WeChat the
 * database is a service on other machines: its work never delays the functions' JavaScript. In one
 * thread, every request's SQLite and MongoDB evaluation does (half the CPU of a sign-up rush), so
 * the rush measures the emulator as much as the product. Here the engine answers on a worker
 * thread; the main thread keeps what a function sees of a request (its round trip, the host's
 * refusal of a timed-out caller, the error strings) and a read connection of its own for the
 * synchronous dev tools (dump, explain). Tests keep the in-thread engine: their fake clock
 * (setClock) patches Date in one thread only.
 */
import path from 'path';
import { Worker } from 'worker_threads';
import { paidRoundTrip } from './engine';
import { DbError, type DbErrorCode } from './errors';
import { decodeDoc } from './ejson';
import { prefilter } from './prefilter';
import { Store } from './store';
import type { CollectionDecl, DbEngine, Doc, EngineStats, OpenOptions } from './types';
import type { FromWorker, ToWorker, WorkerCounters, WorkerInit } from './worker';

export function openThreadedEngine(opts: Omit<OpenOptions, 'now'>): DbEngine {
  if (opts.file === ':memory:') throw new Error('a threaded engine needs a database file');
  const stats: EngineStats = { requests: 0, rowsRead: 0, conflicts: 0, lockWaits: 0, busyMs: 0 };
  // The main thread's own connection: schema and reads for dev tools only, never a document write.
  const reader = new Store(opts.file, { ...stats });
  const init: WorkerInit = { file: opts.file, transactionTtlMs: opts.transactionTtlMs, lockWaitMs: opts.lockWaitMs };
  const worker = new Worker(path.join(__dirname, 'worker-boot.js'), { workerData: init });
  worker.unref();
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  let nextId = 1;
  let open = 0;
  let closed = false;

  const take = (c: WorkerCounters) => {
    stats.rowsRead = Math.max(stats.rowsRead, c.rowsRead);
    stats.conflicts = Math.max(stats.conflicts, c.conflicts);
    stats.lockWaits = Math.max(stats.lockWaits, c.lockWaits);
    open = c.openTransactions;
  };
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'closed') return;
    take(m);
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.type === 'answer') w?.resolve(m.result);
    else w?.reject(new DbError(m.code as DbErrorCode, m.message));
  });
  worker.on('error', (e) => {
    for (const w of waiting.values()) w.reject(new DbError('SYS_ERR', `local database thread failed: ${e.message}`));
    waiting.clear();
  });
  const post = (m: ToWorker) => worker.postMessage(m);

  const forward = (action: string, params: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      if (closed) return reject(new DbError('SYS_ERR', 'local database error: the database engine is closed'));
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      post({ type: 'request', id, action, params });
    });

  const engine: DbEngine = {
    onRequest: undefined,
    roundTripMs: opts.roundTripMs ?? 0,
    stats,

    handle: (action: string, params: unknown) => paidRoundTrip(engine, action, () => forward(action, params)),

    ensureCollections(decl: Readonly<Record<string, CollectionDecl>>): void {
      for (const [name, spec] of Object.entries(decl)) {
        reader.create(name);
        reader.ensureIndexes(name, spec.indexes);
      }
      // Messages are answered in order: the worker knows the tables before any later request.
      post({ type: 'ensure', decl });
    },

    listCollections: () => {
      reader.reload();
      return reader.names();
    },

    dump(collection: string): Doc[] {
      reader.reload();
      return [...reader.rows(collection)].map((r) => decodeDoc<Doc>(r.doc));
    },

    explain(collection: string, query: Record<string, unknown>): string[] {
      reader.reload();
      return reader.explain(collection, prefilter(query, reader.indexedFields(collection)));
    },

    openTransactions: () => open,

    close(): void {
      if (closed) return;
      closed = true;
      post({ type: 'close' });
      reader.close();
    },
  };
  return engine;
}
