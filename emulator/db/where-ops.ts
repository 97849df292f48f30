/**
 * Operations outside transactions: queries (`where` + orderBy/skip/limit/field), count, multi-document
 * update/remove, and the direct `DocAccess` on the store used by single-document calls.
 */
import type { Doc, DocId } from './types';
import type { DocAccess } from './doc-ops';
import type { Row, Store } from './store';
import { decodeDoc, encodeDoc } from './ejson';
import { keyOf } from './ids';
import { applyUpdate, compileQuery, project, shape } from './matcher';
import { prefilter } from './prefilter';

type AnyObject = Record<string, unknown>;

export interface FindSpec {
  query?: AnyObject;
  order?: Record<string, 1 | -1>;
  skip: number;
  limit: number;
  projection?: AnyObject;
}

interface Match {
  row: Row;
  doc: Doc;
}

/** Matching documents in natural order, lazily: SQL prefilter through an index, then mingo. */
function* matching(store: Store, collection: string, query: AnyObject | undefined): Generator<Match> {
  const filter = prefilter(query, store.indexedFields(collection));
  const matcher = compileQuery(query);
  for (const row of store.rows(collection, filter)) {
    const doc = decodeDoc<Doc>(row.doc);
    if (matcher.test(doc)) yield { row, doc };
  }
}

/** Documents as the relaxed-EJSON strings the service returns in `data.list`. */
export function find(store: Store, collection: string, spec: FindSpec): string[] {
  if (!spec.order || Object.keys(spec.order).length === 0) {
    // Natural order: stop reading as soon as the page is full.
    const page: Match[] = [];
    let skipped = 0;
    if (spec.limit > 0) {
      for (const m of matching(store, collection, spec.query)) {
        if (skipped < spec.skip) {
          skipped += 1;
          continue;
        }
        page.push(m);
        if (page.length >= spec.limit) break;
      }
    }
    if (!spec.projection) return page.map((m) => m.row.doc);
    return project(
      page.map((m) => m.doc),
      spec.projection,
    ).map(encodeDoc);
  }
  const docs = [...matching(store, collection, spec.query)].map((m) => m.doc);
  return shape(docs, spec).map(encodeDoc);
}

export function count(store: Store, collection: string, query: AnyObject | undefined): number {
  let n = 0;
  for (const _ of matching(store, collection, query)) n += 1;
  return n;
}

/** `where().update()`: every match, or only the first when `multi` is false. Atomic. */
export function updateWhere(
  store: Store,
  collection: string,
  query: AnyObject | undefined,
  modifier: AnyObject,
  multi: boolean,
): number {
  return store.atomic(() => {
    // Collect first: writing while SQLite iterates the same table is not allowed.
    const targets: Match[] = [];
    for (const m of matching(store, collection, query)) {
      targets.push(m);
      if (!multi) break;
    }
    let updated = 0;
    for (const { row, doc } of targets) {
      const next = applyUpdate(doc, modifier);
      if (!next) continue;
      store.replace(collection, row.key, encodeDoc(next));
      updated += 1;
    }
    return updated;
  });
}

/** `where().remove()`: every match, or only the first when `multi` is false. Atomic. */
export function removeWhere(store: Store, collection: string, query: AnyObject | undefined, multi: boolean): number {
  return store.atomic(() => {
    const keys: string[] = [];
    for (const m of matching(store, collection, query)) {
      keys.push(m.row.key);
      if (!multi) break;
    }
    for (const key of keys) store.delete(collection, key);
    return keys.length;
  });
}

/** Single-document access straight on the store (callers wrap a whole operation in store.atomic). */
export function directAccess(store: Store): DocAccess {
  return {
    get(collection: string, id: DocId): Doc | null {
      const row = store.row(collection, keyOf(id));
      return row ? decodeDoc<Doc>(row.doc) : null;
    },
    insert(collection: string, doc: Doc): void {
      store.insert(collection, keyOf(doc._id), encodeDoc(doc));
    },
    replace(collection: string, doc: Doc): void {
      store.replace(collection, keyOf(doc._id), encodeDoc(doc));
    },
    delete(collection: string, id: DocId): void {
      store.delete(collection, keyOf(id));
    },
  };
}
