/**
 * Public types of the local database engine.
 *
 * The engine speaks the same protocol as the real CloudBase database service: the SDK hands
 * `handle(action, params)` exactly what it would have POSTed (`database.getDocument`, ...), and
 * gets back the JSON body the real service would have answered.
 */
import type { IndexSpec } from '../../domain/collections';

/** A document id as the SDK allows it (`doc(id)` takes a string or a number). */
export type DocId = string | number;

/** A stored document, decoded (dates are `Date`, numbers are numbers). */
export type Doc = Record<string, unknown> & { _id: DocId };

/**
 * One declared index. `keys` also admits `undefined` values because TypeScript infers an array of
 * index literals with different keys (like COLLECTIONS in domain/collections.ts) as
 * `{ parentId: 1; code?: undefined } | { code: 1; parentId?: undefined }`; such keys are ignored.
 */
export type IndexDecl = Readonly<Omit<IndexSpec, 'keys'>> & {
  readonly keys: Readonly<Record<string, 1 | -1 | undefined>>;
};

/** What `ensureCollections` needs of each collection: its indexes (see domain/collections.ts). */
export interface CollectionDecl {
  readonly indexes: readonly IndexDecl[];
}

export interface OpenOptions {
  /** SQLite file path, or ':memory:'. */
  file: string;
  /** Open transactions are discarded after this long (default 30 000 ms). */
  transactionTtlMs?: number;
  /** Clock, for tests of serverDate and transaction expiry (default Date.now). */
  now?: () => number;
  /** Round trip of each request in ms, ±30% jitter (default 0). Changeable later: `engine.roundTripMs`. */
  roundTripMs?: number;
  /** How long a plain write waits for a transaction holding its document before timing out (default 15 000). */
  lockWaitMs?: number;
}

/** Counters for tests and benchmarks. */
export interface EngineStats {
  /** SDK requests handled (every `handle` call). */
  requests: number;
  /** Rows read from SQLite (what an index saves). */
  rowsRead: number;
  /** Transaction writes refused with a write-time conflict. */
  conflicts: number;
  /** Times a plain write waited for a transaction holding its document. */
  lockWaits: number;
  /**
   * Milliseconds the engine spent evaluating requests (synchronously: nothing else runs meanwhile).
   * It stands in for the database service's own time, which on WeChat is spent elsewhere.
   */
  busyMs: number;
}

export interface DbEngine {
  /** One SDK request: the action name and its params, as `TcbDBApiHttpRequester.send` gets them. */
  handle(action: string, params: unknown): Promise<unknown>;
  /** Creates missing tables and SQLite indexes; existing data is kept. */
  ensureCollections(decl: Readonly<Record<string, CollectionDecl>>): void;
  listCollections(): string[];
  /** Every document of a collection in natural (insertion) order, for tests and dev tools. */
  dump(collection: string): Doc[];
  /** SQLite's plan for the prefilter of a (decoded, MongoDB-form) query; for index tests. */
  explain(collection: string, query: Record<string, unknown>): string[];
  /** Open transactions, for tests. */
  openTransactions(): number;
  close(): void;
  /** Called once per SDK request (transaction steps included), before it runs; may throw to refuse it. */
  onRequest: ((action: string, roundTripMs: number) => void) | undefined;
  /** The round trip every request costs, in ms (±30% jitter); 0 answers at once. */
  roundTripMs: number;
  readonly stats: EngineStats;
}
