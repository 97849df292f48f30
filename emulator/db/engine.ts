/**
 * The local database engine: SQLite storage + MongoDB semantics behind the CloudBase wire protocol.
 * Requests run synchronously inside `handle` (better-sqlite3 is synchronous), so each one is atomic
 * with respect to every other request of this process.
 */
import type { CollectionDecl, DbEngine, Doc, EngineStats, OpenOptions } from './types';
import { Store } from './store';
import { Transactions } from './transactions';
import { dispatch } from './actions';
import { toDbError } from './errors';
import { decodeDoc } from './ejson';
import { prefilter } from './prefilter';

const DEFAULT_TRANSACTION_TTL_MS = 30_000;

export function openEngine(opts: OpenOptions): DbEngine {
  const now = opts.now ?? Date.now;
  const stats: EngineStats = { requests: 0, rowsRead: 0, conflicts: 0 };
  const store = new Store(opts.file, stats);
  const transactions = new Transactions(store, opts.transactionTtlMs ?? DEFAULT_TRANSACTION_TTL_MS, now, () => {
    stats.conflicts += 1;
  });
  const ctx = { store, transactions, now };
  let closed = false;

  const engine: DbEngine = {
    onRequest: undefined,
    stats,

    async handle(action: string, params: unknown): Promise<unknown> {
      stats.requests += 1;
      engine.onRequest?.(action);
      if (closed) throw toDbError(new Error('the database engine is closed'));
      transactions.sweep();
      try {
        return dispatch(ctx, action, params);
      } catch (e) {
        throw toDbError(e);
      }
    },

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

    close(): void {
      if (closed) return;
      closed = true;
      store.close();
    },
  };
  return engine;
}
