/**
 * MongoDB semantics, from mingo: query matching, sort/skip/limit/projection, update operators and
 * aggregation pipelines. This file is the only one that knows mingo's API.
 *
 * Scripts (`$where`, `$function`, `$accumulator`) are disabled: the real service refuses them, and
 * they would run arbitrary code in the emulator.
 */
import { Aggregator, Context, Query, update as mingoUpdate } from 'mingo';
import type { Doc } from './types';
import { errors, toDbError } from './errors';
import { decodeDoc, encodeDoc } from './ejson';
import { checkUpdate } from './update-check';

type AnyObject = Record<string, unknown>;
/** Resolves a collection name (for `$lookup`) to its documents. */
export type CollectionResolver = (name: string) => AnyObject[];

const BASE_OPTIONS = { scriptEnabled: false } as const;

/** Wraps mingo calls so its errors surface as database errors with the SDK's codes. */
function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw toDbError(e);
  }
}

export interface Matcher {
  test(doc: Doc): boolean;
}

/**
 * Query operators only. mingo copies a query's whole operator table when it builds one (240
 * operators with the expression and pipeline ones); a plain query needs its 26, and only `$expr`
 * reaches for the rest.
 */
// Subpath modules: their types do not resolve under this project's moduleResolution, their code does.
/* eslint-disable @typescript-eslint/no-var-requires, import/no-commonjs */
const BareQuery = (require('mingo/query') as { Query: typeof Query }).Query;
const queryOperators = require('mingo/operators/query') as NonNullable<Parameters<typeof Context.init>[0]>['query'];
/* eslint-enable @typescript-eslint/no-var-requires, import/no-commonjs */
const MATCH_OPTIONS = { ...BASE_OPTIONS, context: Context.init({ query: queryOperators }) };

export function usesExpr(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(usesExpr);
  if (!v || typeof v !== 'object' || v instanceof Date || v instanceof RegExp) return false;
  return Object.entries(v).some(([k, x]) => k === '$expr' || usesExpr(x));
}

export function compileQuery(query: AnyObject | undefined): Matcher {
  if (!query || Object.keys(query).length === 0) return { test: () => true };
  const q = guarded(() => (usesExpr(query) ? new Query(query, BASE_OPTIONS) : new BareQuery(query, MATCH_OPTIONS)));
  return { test: (doc) => guarded(() => q.test(doc)) };
}

export interface FindOptions {
  order?: Record<string, 1 | -1>;
  skip: number;
  limit: number;
  projection?: AnyObject;
}

/** mingo appends `_id` to projected documents; MongoDB keeps it first. */
function idFirst(doc: AnyObject): AnyObject {
  if (!('_id' in doc)) return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

/**
 * The query that matches everything, built once: building a mingo Query copies its whole operator
 * table, which cost more than shaping the few documents most requests return.
 */
let everything: Query | undefined;
const all = (): Query => (everything ??= new Query({}, BASE_OPTIONS));

/** Sort, skip, limit and project documents that already matched. */
export function shape(docs: Doc[], opts: FindOptions): AnyObject[] {
  return guarded(() => {
    let cursor = all().find<AnyObject>(docs, opts.projection);
    if (opts.order && Object.keys(opts.order).length > 0) cursor = cursor.sort(opts.order);
    const page = cursor.skip(opts.skip).limit(opts.limit).all();
    return opts.projection ? page.map(idFirst) : page;
  });
}

/** Only a projection, for documents already selected in order. */
export function project(docs: Doc[], projection: AnyObject): AnyObject[] {
  return guarded(() => all().find<AnyObject>(docs, projection).all().map(idFirst));
}

/**
 * Applies MongoDB update operators to a copy of `doc`. Returns the new document, or undefined when the
 * update changed nothing (MongoDB then reports 0 modified documents, and so does the real service).
 */
export function applyUpdate(doc: Doc, modifier: AnyObject): Doc | undefined {
  const keys = Object.keys(modifier);
  if (keys.length === 0 || !keys.every((k) => k.startsWith('$'))) {
    throw errors.invalidParam('update data must consist of update operators');
  }
  // Not structuredClone: under jest it returns Dates of Node's outer realm, which fail the
  // `instanceof Date` checks of this realm and would be stored as {}.
  checkUpdate(doc, modifier);
  const before = encodeDoc(doc);
  const next = decodeDoc<Doc>(before);
  guarded(() => mingoUpdate(next, modifier as Parameters<typeof mingoUpdate>[1]));
  if (next._id !== doc._id) throw errors.immutableId();
  return encodeDoc(next) === before ? undefined : next;
}

/** A replacement document (`doc.set`): any `_id` in it must be the document's own. */
export function replacement(id: Doc['_id'], data: AnyObject): Doc {
  if ('_id' in data && data._id !== id) throw errors.immutableId();
  for (const k of Object.keys(data)) {
    if (k.startsWith('$'))
      throw errors.invalidParam(`field names may not start with '$' in a replacement document: ${k}`);
  }
  return { _id: id, ...data } as Doc;
}

export function aggregate(docs: Doc[], pipeline: AnyObject[], resolve: CollectionResolver): AnyObject[] {
  return guarded(() => {
    const agg = new Aggregator(pipeline, { ...BASE_OPTIONS, collectionResolver: resolve });
    return agg.run<AnyObject>(docs);
  });
}
