/**
 * Single-document operations (by `_id`) and inserts, written once against `DocAccess` so the same code
 * runs directly on the store and inside a transaction's write buffer. These are exactly the operations
 * the real service allows inside a transaction.
 */
import type { Doc, DocId } from './types';
import { applyUpdate, replacement } from './matcher';
import { asDocId, newDocId } from './ids';
import { encodeDoc } from './ejson';

export interface DocAccess {
  /** The document, or null when it does not exist (throws if the collection does not). */
  get(collection: string, id: DocId): Doc | null;
  /** Adds a new document; throws the duplicate-key error if its `_id` exists. */
  insert(collection: string, doc: Doc): void;
  /** Replaces an existing document. */
  replace(collection: string, doc: Doc): void;
  delete(collection: string, id: DocId): void;
}

export interface WriteResult {
  updated: number;
  /** Set when an upsert created the document (the SDK reports it as `stats.created`). */
  upsertId?: DocId;
}

/** `collection.add`: documents without `_id` get a generated one. Returns the ids in order. */
export function insertDocs(a: DocAccess, collection: string, data: Record<string, unknown>[], now: number): DocId[] {
  return data.map((d) => {
    const id = d._id === undefined ? newDocId(now) : asDocId(d._id);
    // _id first, as MongoDB stores it.
    a.insert(collection, { _id: id, ...d } as Doc);
    return id;
  });
}

/** `doc(id).set(data)`: replace, or create when `upsert` (the SDK always asks for upsert). */
export function setDoc(
  a: DocAccess,
  collection: string,
  id: DocId,
  data: Record<string, unknown>,
  upsert: boolean,
): WriteResult {
  const next = replacement(id, data);
  const current = a.get(collection, id);
  if (current) {
    if (sameDoc(current, next)) return { updated: 0 };
    a.replace(collection, next);
    return { updated: 1 };
  }
  if (!upsert) return { updated: 0 };
  a.insert(collection, next);
  return { updated: 0, upsertId: id };
}

/** `doc(id).update(data)`: update operators; a missing document is not an error (updated: 0). */
export function updateDoc(
  a: DocAccess,
  collection: string,
  id: DocId,
  modifier: Record<string, unknown>,
  upsert: boolean,
): WriteResult {
  const current = a.get(collection, id);
  if (current) {
    const next = applyUpdate(current, modifier);
    if (!next) return { updated: 0 };
    a.replace(collection, next);
    return { updated: 1 };
  }
  if (!upsert) return { updated: 0 };
  a.insert(collection, applyUpdate({ _id: id }, modifier) ?? { _id: id });
  return { updated: 0, upsertId: id };
}

/** `doc(id).remove()`: returns how many documents went (0 or 1). */
export function removeDoc(a: DocAccess, collection: string, id: DocId): number {
  if (!a.get(collection, id)) return 0;
  a.delete(collection, id);
  return 1;
}

function sameDoc(a: Doc, b: Doc): boolean {
  return encodeDoc(a) === encodeDoc(b);
}
