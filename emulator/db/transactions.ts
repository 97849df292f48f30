/**
 * Transactions with the real service's rules: only single documents by `_id` and inserts; writes are
 * buffered and the transaction reads its own writes; commit applies everything atomically after an
 * optimistic check that every document read or written is still at the version first seen (and that
 * a document seen as absent is still absent). A failed check throws DATABASE_TRANSACTION_CONFLICT,
 * which `db.runTransaction` answers by running the callback again (3 retries by default).
 *
 * A transaction ends at commit (successful or not), abort, or after `ttlMs` without ending, so an
 * abandoned one cannot leak. Any later use of its id is an error.
 */
import type { Doc, DocId } from './types';
import type { DocAccess } from './doc-ops';
import type { Store } from './store';
import { errors } from './errors';
import { decodeDoc, encodeDoc } from './ejson';
import { describeKey, keyOf, newTransactionId } from './ids';

interface Entry {
  collection: string;
  key: string;
  /** Version when first seen; null when the document did not exist then. */
  baseVer: number | null;
  /** The document as this transaction sees it; null when absent or removed. */
  current: Doc | null;
  dirty: boolean;
}

interface Tx {
  startedAt: number;
  entries: Map<string, Entry>;
}

export class Transactions {
  private readonly open = new Map<string, Tx>();

  constructor(
    private readonly store: Store,
    private readonly ttlMs: number,
    private readonly now: () => number,
    private readonly onConflict: () => void,
  ) {}

  start(): string {
    const id = newTransactionId();
    this.open.set(id, { startedAt: this.now(), entries: new Map() });
    return id;
  }

  /** Drops transactions older than the time limit. */
  sweep(): void {
    const deadline = this.now() - this.ttlMs;
    for (const [id, tx] of this.open) if (tx.startedAt < deadline) this.open.delete(id);
  }

  private tx(id: unknown): Tx {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx) throw errors.transactionNotFound(String(id));
    return tx;
  }

  /** The transaction's view of single documents; writes stay in its buffer until commit. */
  access(id: unknown): DocAccess {
    const tx = this.tx(id);
    const entry = (collection: string, docId: DocId): Entry => {
      const key = keyOf(docId);
      const slot = `${collection}\u0000${key}`;
      let e = tx.entries.get(slot);
      if (!e) {
        const row = this.store.row(collection, key); // throws if the collection does not exist
        e = { collection, key, baseVer: row ? row.ver : null, current: row ? decodeDoc<Doc>(row.doc) : null, dirty: false };
        tx.entries.set(slot, e);
      }
      return e;
    };
    return {
      get: (collection, docId) => entry(collection, docId).current,
      insert: (collection, doc) => {
        const e = entry(collection, doc._id);
        if (e.current) throw errors.duplicateKey(collection, '_id_', `_id: ${describeKey(e.key)}`);
        e.current = doc;
        e.dirty = true;
      },
      replace: (collection, doc) => {
        const e = entry(collection, doc._id);
        e.current = doc;
        e.dirty = true;
      },
      delete: (collection, docId) => {
        const e = entry(collection, docId);
        e.current = null;
        e.dirty = true;
      },
    };
  }

  commit(id: unknown): void {
    const tx = this.tx(id);
    this.open.delete(id as string);
    this.store.atomic(() => {
      for (const e of tx.entries.values()) {
        if (this.store.version(e.collection, e.key) !== e.baseVer) {
          this.onConflict();
          throw errors.transactionConflict(e.collection, describeKey(e.key));
        }
      }
      for (const e of tx.entries.values()) {
        if (!e.dirty) continue;
        if (e.current) this.store.put(e.collection, e.key, encodeDoc(e.current));
        else if (e.baseVer !== null) this.store.delete(e.collection, e.key);
      }
    });
  }

  abort(id: unknown): void {
    this.tx(id);
    this.open.delete(id as string);
  }

  /** Open transactions, for tests. */
  get size(): number {
    return this.open.size;
  }
}
