/**
 * Transactions with the real service's semantics (WeChat 云开发 数据库 事务, and CloudBase node-sdk's
 * integration tests 冲突检测 / 读快照 / 读偏, which run against the real service; MongoDB underneath):
 *
 * - Only single documents by `_id` and inserts. Writes stay in the transaction until commit; it reads its
 *   own writes, and everything else as of its snapshot, taken at its first operation (later changes
 *   by others, committed or not, stay invisible to it).
 * - A write to a document another open transaction has written, or that changed after the snapshot,
 *   fails at once with DATABASE_TRANSACTION_CONFLICT, and the transaction is over (MongoDB aborts a
 *   transaction on a write error; so does any other failed write here). Nothing is checked at commit:
 *   reads are not validated (write skew is possible, as in MongoDB), and a written document is held.
 * - A write outside any transaction to a document an open transaction has written waits until that
 *   transaction ends (engine.ts waits on `Blocked`); reads never wait.
 * - A transaction ends at commit, abort, a failed write, or 30 s after it started; any later use of its
 *   id fails with DATABASE_TRANSACTION_FAIL (TransactionNotExist).
 */
import type { Doc, DocId } from './types';
import type { DocAccess } from './doc-ops';
import type { Row, Store } from './store';
import { DbError, errors } from './errors';
import { decodeDoc, encodeDoc } from './ejson';
import { describeKey, keyOf, newTransactionId } from './ids';
import { History } from './history';

interface Entry {
  collection: string;
  key: string;
  /** The document as this transaction sees it; null when absent or removed. */
  current: Doc | null;
  /** Absent in the snapshot (a commit inserts it). */
  wasAbsent: boolean;
  dirty: boolean;
}

export interface Tx {
  readonly id: string;
  readonly startedAt: number;
  /** Store version the transaction reads at; set by its first operation. */
  snapshot: number | null;
  readonly entries: Map<string, Entry>;
  /** Slots of the documents it has written (held until it ends). */
  readonly locks: Set<string>;
  /** Resolves when the transaction ends, however it ends. */
  readonly ended: Promise<void>;
  end: () => void;
  timer: NodeJS.Timeout | undefined;
}

/** A plain write met a document held by `owner`: the engine waits for it to end and runs the request again. */
export class Blocked extends Error {
  constructor(readonly owner: Tx) {
    super('document held by an open transaction');
  }
}

const slotOf = (collection: string, key: string) => `${collection}\u0000${key}`;

export class Transactions {
  private readonly open = new Map<string, Tx>();
  private readonly owners = new Map<string, Tx>();
  private readonly history = new History();
  /** The transaction whose commit is writing to the store (its own documents are not blocked). */
  private committing: Tx | undefined;
  /** Open transactions that have taken their snapshot (history is kept only while there are some). */
  private reading = 0;

  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly onConflict: () => void,
  ) {
    store.observer = {
      beforeWrite: (collection, key, ver, previous) => this.beforeWrite(collection, key, ver, previous),
    };
  }

  start(): string {
    const id = newTransactionId();
    let end: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const tx: Tx = {
      id,
      startedAt: this.now(),
      snapshot: null,
      entries: new Map(),
      locks: new Set(),
      ended,
      end,
      timer: undefined,
    };
    // Expire on time even when no request comes to sweep, so that a plain write waiting on it goes on.
    tx.timer = setTimeout(() => this.finish(tx), this.ttlMs);
    tx.timer.unref?.();
    this.open.set(id, tx);
    return id;
  }

  /** Ends transactions older than the time limit (by the engine's clock, which tests move). */
  sweep(): void {
    const deadline = this.now() - this.ttlMs;
    for (const tx of this.open.values()) if (tx.startedAt < deadline) this.finish(tx);
  }

  private tx(id: unknown): Tx {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw errors.transactionNotFound();
    if (tx.snapshot === null) {
      tx.snapshot = this.store.currentVersion();
      this.reading += 1;
    }
    return tx;
  }

  /** The transaction's view of single documents, for doc-ops. A failed write ends the transaction. */
  access(id: unknown): DocAccess {
    const tx = this.tx(id);
    const write = (collection: string, docId: DocId, apply: (e: Entry) => void): void => {
      try {
        apply(this.writable(tx, collection, keyOf(docId)));
      } catch (e) {
        this.finish(tx);
        throw e;
      }
    };
    return {
      get: (collection, docId) => this.entry(tx, collection, keyOf(docId)).current,
      insert: (collection, doc) =>
        write(collection, doc._id, (e) => {
          if (e.current) throw errors.duplicateKey(collection, '_id_', `_id: ${describeKey(e.key)}`, true);
          e.current = doc;
          e.dirty = true;
        }),
      replace: (collection, doc) =>
        write(collection, doc._id, (e) => {
          e.current = doc;
          e.dirty = true;
        }),
      delete: (collection, docId) =>
        write(collection, docId, (e) => {
          e.current = null;
          e.dirty = true;
        }),
    };
  }

  /** Ends a transaction whose write failed for a reason found outside `access` (e.g. a refused update). */
  failed(id: unknown): void {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (tx) this.finish(tx);
  }

  private entry(tx: Tx, collection: string, key: string): Entry {
    const slot = slotOf(collection, key);
    let e = tx.entries.get(slot);
    if (!e) {
      const doc = this.history.visible(slot, tx.snapshot!, () => this.store.row(collection, key)?.doc ?? null);
      e = {
        collection,
        key,
        current: doc === null ? null : decodeDoc<Doc>(doc),
        wasAbsent: doc === null,
        dirty: false,
      };
      tx.entries.set(slot, e);
    }
    return e;
  }

  /** The entry of a document this transaction may write, held from now on; or the conflict error. */
  private writable(tx: Tx, collection: string, key: string): Entry {
    const slot = slotOf(collection, key);
    if (!tx.locks.has(slot)) {
      const owner = this.owners.get(slot);
      if ((owner && owner !== tx) || this.history.changedSince(slot, tx.snapshot!)) {
        this.onConflict();
        throw errors.transactionConflict();
      }
      tx.locks.add(slot);
      this.owners.set(slot, tx);
    }
    return this.entry(tx, collection, key);
  }

  commit(id: unknown): void {
    const tx = this.tx(id);
    this.committing = tx;
    try {
      this.store.atomic(() => {
        for (const e of tx.entries.values()) {
          if (!e.dirty) continue;
          if (e.current) this.store.put(e.collection, e.key, encodeDoc(e.current), e.wasAbsent);
          else if (!e.wasAbsent) this.store.delete(e.collection, e.key);
        }
      });
    } finally {
      this.committing = undefined;
      this.finish(tx);
    }
  }

  abort(id: unknown): void {
    this.finish(this.tx(id));
  }

  private finish(tx: Tx): void {
    if (this.open.get(tx.id) !== tx) return;
    this.open.delete(tx.id);
    if (tx.snapshot !== null) this.reading -= 1;
    for (const slot of tx.locks) if (this.owners.get(slot) === tx) this.owners.delete(slot);
    if (tx.timer) clearTimeout(tx.timer);
    tx.end();
    this.history.prune(this.oldestSnapshot());
  }

  private oldestSnapshot(): number | null {
    let oldest: number | null = null;
    for (const tx of this.open.values())
      if (tx.snapshot !== null && (oldest === null || tx.snapshot < oldest)) oldest = tx.snapshot;
    return oldest;
  }

  /**
   * Every write to the store passes here first: a plain write to a held document is refused with
   * Blocked (the engine waits and retries); and while some open transaction reads at a snapshot, the
   * document as it was is kept for it.
   */
  private beforeWrite(collection: string, key: string, ver: number, previous: () => Row | undefined): void {
    const slot = slotOf(collection, key);
    const owner = this.owners.get(slot);
    if (owner && owner !== this.committing) throw new Blocked(owner);
    if (this.reading === 0) return;
    const before = previous()?.doc ?? null;
    // Recorded only if the write commits: a rolled-back write changed nothing.
    this.store.afterCommit(() => this.history.record(slot, ver, before));
  }

  /** Ends every open transaction (engine close). */
  closeAll(): void {
    for (const tx of [...this.open.values()]) this.finish(tx);
  }

  /** Open transactions, for tests. */
  get size(): number {
    return this.open.size;
  }
}

export const isBlocked = (e: unknown): e is Blocked => e instanceof Blocked;
export const isDbError = (e: unknown): e is DbError => e instanceof DbError;
