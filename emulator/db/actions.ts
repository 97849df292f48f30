/**
 * The database service's actions, as @cloudbase/database sends them through
 * `TcbDBApiHttpRequester.send(action, params)`, and the response bodies it expects back.
 *
 *   database.insertDocument     { collectionName, data: ejson[], transactionId? }  → { data: { insertedIds } }
 *   database.getDocument        { collectionName, query?, queryType: 'DOC'|'WHERE', order?, offset?,
 *                                 limit?, projection?, multi?, transactionId? }     → { data: { list: ejson[] } }
 *   database.calculateDocument  { collectionName, query?, queryType }              → { data: { total } }
 *   database.modifyDocument     { collectionName, query, queryType, data, multi, merge, upsert,
 *                                 transactionId? }                                 → { data: { updated, upsert_id? } }
 *   database.removeDocument     { collectionName, query, queryType, multi, transactionId? } → { data: { deleted } }
 *   database.aggregateDocuments { collectionName, stages: [{ stageKey, stageValue }] } → { data: { list: ejson[] } }
 *   database.startTransaction   (no params)                                        → { transactionId }
 *   database.commitTransaction / database.abortTransaction { transactionId }       → {}
 *   database.addCollection      { collectionName }                                 → {}
 *
 * Every response also carries a requestId. Errors are thrown as DbError (see errors.ts).
 */
import type { DocId } from './types';
import type { Store } from './store';
import type { Transactions } from './transactions';
import type { DocAccess, WriteResult } from './doc-ops';
import { errors, newRequestId } from './errors';
import { encodeDoc, isPlainObject, parseWireObject } from './ejson';
import { asDocId } from './ids';
import { project } from './matcher';
import { insertDocs, removeDoc, setDoc, updateDoc } from './doc-ops';
import { count, directAccess, find, removeWhere, updateWhere } from './where-ops';
import { parsePipeline, runAggregate } from './aggregate';

type AnyObject = Record<string, unknown>;

export interface ActionContext {
  store: Store;
  transactions: Transactions;
  now: () => number;
}

/** Server-side page size limits of `collection.get()`. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

type Handler = (ctx: ActionContext, p: AnyObject) => AnyObject;

function collectionOf(ctx: ActionContext, p: AnyObject): string {
  const name = p.collectionName;
  if (typeof name !== 'string' || !ctx.store.has(name)) throw errors.collectionNotExist(String(name));
  return name;
}

function queryOf(ctx: ActionContext, p: AnyObject): AnyObject | undefined {
  return p.query === undefined || p.query === null ? undefined : parseWireObject(p.query, 'query', ctx.now());
}

/** The `_id` of a queryType DOC request (`doc(id).get/set/update/remove`). */
function docIdOf(query: AnyObject | undefined): DocId {
  if (!query || !('_id' in query)) throw errors.invalidParam('a DOC request needs query {_id}');
  return asDocId(query._id);
}

function isDocRequest(p: AnyObject): boolean {
  return p.queryType === 'DOC';
}

/**
 * Outside a transaction a single-document write runs atomically on the store; inside one it goes to
 * the transaction's buffer, and only DOC requests (by _id) are allowed. A write that fails inside a
 * transaction ends it, as MongoDB aborts a transaction on a write error.
 */
function withDocAccess<T>(ctx: ActionContext, p: AnyObject, fn: (a: DocAccess) => T): T {
  if (p.transactionId === undefined) return ctx.store.atomic(() => fn(directAccess(ctx.store)));
  const access = ctx.transactions.access(p.transactionId);
  try {
    return fn(access);
  } catch (e) {
    ctx.transactions.failed(p.transactionId);
    throw e;
  }
}

/** A multi-document update or remove must say which documents (the service refuses an empty query). */
function requiredQuery(query: AnyObject | undefined): AnyObject {
  if (!query || Object.keys(query).length === 0) throw errors.emptyQuery();
  return query;
}

function refuseWhereInTransaction(p: AnyObject): void {
  if (p.transactionId !== undefined && !isDocRequest(p)) throw errors.whereInTransaction();
}

function orderOf(ctx: ActionContext, p: AnyObject): Record<string, 1 | -1> | undefined {
  if (p.order === undefined) return undefined;
  const raw = parseWireObject(p.order, 'order', ctx.now());
  const order: Record<string, 1 | -1> = {};
  for (const [field, dir] of Object.entries(raw)) {
    if (dir !== 1 && dir !== -1) throw errors.invalidParam(`order of ${field} must be 1 or -1`);
    order[field] = dir;
  }
  return order;
}

function nonNegativeInt(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

const getDocument: Handler = (ctx, p) => {
  refuseWhereInTransaction(p);
  const collection = collectionOf(ctx, p);
  const query = queryOf(ctx, p);
  const projection = p.projection === undefined ? undefined : parseWireObject(p.projection, 'projection', ctx.now());
  let list: string[];
  if (p.transactionId !== undefined) {
    const doc = ctx.transactions.access(p.transactionId).get(collection, docIdOf(query));
    list = doc ? [encodeDoc(projection ? project([doc], projection)[0] : doc)] : [];
  } else if (isDocRequest(p)) {
    list = find(ctx.store, collection, { query: { _id: docIdOf(query) }, skip: 0, limit: 1, projection });
  } else {
    const requested = nonNegativeInt(p.limit);
    list = find(ctx.store, collection, {
      query,
      order: orderOf(ctx, p),
      skip: nonNegativeInt(p.offset),
      limit: requested === 0 ? DEFAULT_LIMIT : Math.min(requested, MAX_LIMIT),
      projection,
    });
  }
  return { data: { list } };
};

const calculateDocument: Handler = (ctx, p) => {
  if (p.transactionId !== undefined) throw errors.whereInTransaction();
  const collection = collectionOf(ctx, p);
  return { data: { total: count(ctx.store, collection, queryOf(ctx, p)) } };
};

const insertDocument: Handler = (ctx, p) => {
  const collection = collectionOf(ctx, p);
  if (!Array.isArray(p.data) || p.data.length === 0) throw errors.invalidParam('data must be a non-empty array');
  const now = ctx.now();
  const docs = p.data.map((d: unknown) => parseWireObject(d, 'document', now));
  const insertedIds = withDocAccess(ctx, p, (a) => insertDocs(a, collection, docs, now));
  return { data: { insertedIds } };
};

const modifyDocument: Handler = (ctx, p) => {
  refuseWhereInTransaction(p);
  const collection = collectionOf(ctx, p);
  const query = queryOf(ctx, p);
  const data = parseWireObject(p.data, 'data', ctx.now());
  const merge = p.merge !== false;
  let result: WriteResult;
  if (isDocRequest(p)) {
    const id = docIdOf(query);
    const upsert = p.upsert === true;
    result = withDocAccess(ctx, p, (a) =>
      merge ? updateDoc(a, collection, id, data, upsert) : setDoc(a, collection, id, data, upsert),
    );
  } else {
    if (!merge) throw errors.invalidParam('a replacement (set) needs a document id');
    result = { updated: updateWhere(ctx.store, collection, requiredQuery(query), data, p.multi !== false) };
  }
  return {
    data:
      result.upsertId === undefined
        ? { updated: result.updated }
        : { updated: result.updated, upsert_id: result.upsertId },
  };
};

const removeDocument: Handler = (ctx, p) => {
  refuseWhereInTransaction(p);
  const collection = collectionOf(ctx, p);
  const query = queryOf(ctx, p);
  const deleted = isDocRequest(p)
    ? withDocAccess(ctx, p, (a) => removeDoc(a, collection, docIdOf(query)))
    : removeWhere(ctx.store, collection, requiredQuery(query), p.multi !== false);
  return { data: { deleted } };
};

const aggregateDocuments: Handler = (ctx, p) => {
  if (p.transactionId !== undefined) throw errors.whereInTransaction();
  const collection = collectionOf(ctx, p);
  return { data: { list: runAggregate(ctx.store, collection, parsePipeline(p.stages, ctx.now())) } };
};

const startTransaction: Handler = (ctx) => ({ transactionId: ctx.transactions.start() });

const commitTransaction: Handler = (ctx, p) => {
  ctx.transactions.commit(p.transactionId);
  return {};
};

const abortTransaction: Handler = (ctx, p) => {
  ctx.transactions.abort(p.transactionId);
  return {};
};

const addCollection: Handler = (ctx, p) => {
  const name = p.collectionName;
  if (typeof name === 'string' && ctx.store.has(name)) throw errors.collectionExists(name);
  ctx.store.create(String(name));
  return {};
};

const HANDLERS: Readonly<Record<string, Handler>> = {
  'database.insertDocument': insertDocument,
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.startTransaction': startTransaction,
  'database.commitTransaction': commitTransaction,
  'database.abortTransaction': abortTransaction,
  'database.addCollection': addCollection,
};

export const SUPPORTED_ACTIONS = Object.keys(HANDLERS);

export function dispatch(ctx: ActionContext, action: string, params: unknown): AnyObject {
  const handler = HANDLERS[action];
  if (!handler) throw errors.invalidParam(`the local database does not support ${action}`);
  const p = isPlainObject(params) ? params : {};
  return { requestId: newRequestId(), ...handler(ctx, p) };
}
