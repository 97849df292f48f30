/**
 * Turns the indexable part of a MongoDB query into a SQL WHERE fragment, so SQLite reads only the
 * candidate rows through an index instead of the whole table. mingo still evaluates the full query on
 * every candidate, so the fragment may let extra rows through (false positives are fine) but must
 * never drop a row the query matches. Rules that keep it safe:
 *
 * - Only conditions that are ANDed at the top of the query are used (top-level fields and `$and`);
 *   `_id` wins outright; otherwise every indexed field's condition (equality, `$in`, numeric range
 *   with bounds from all conjuncts combined) is ANDed, and SQLite chooses the index.
 * - Only strings, finite numbers and booleans are compared in SQL. Dates, regexes, null, objects and
 *   string ranges (SQLite orders UTF-8 bytes, JavaScript UTF-16 units) fall back to a full scan.
 * - MongoDB matches `{ f: v }` when f is an array containing v, and `{ 'a.b': v }` when a is an array
 *   of objects; json_extract would miss both. So every condition is ORed with "some prefix of the path
 *   is an array", which has its own expression index (see Store.ensureIndexes).
 * - SQLite never equates text with numbers, and json_extract gives 1/0 for true/false; binding a
 *   boolean as 1/0 lets the number 1 through too, which mingo then rejects.
 */
import { isPlainObject } from './ejson';
import { keyOf } from './ids';
import type { SqlFilter, SqlParam } from './store';
import { jsonExtract, jsonType, pathPrefixes } from './sql-paths';

interface Candidate {
  rank: number;
  filter: SqlFilter;
}

/** Lone UTF-16 surrogates cannot round-trip through SQLite's UTF-8; leave such strings to mingo. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function scalar(v: unknown): SqlParam | undefined {
  if (typeof v === 'string') return LONE_SURROGATE.test(v) ? undefined : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

function scalars(v: unknown): SqlParam[] | undefined {
  if (!Array.isArray(v) || v.length === 0 || v.length > 500) return undefined;
  const out: SqlParam[] = [];
  for (const x of v) {
    const s = scalar(x);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}

/** Field conditions ANDed at the top of a query: its own keys, recursively through `$and`. */
function* conjuncts(query: Record<string, unknown>): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) yield* conjuncts(part);
    } else if (!key.startsWith('$')) {
      yield [key, value];
    }
  }
}

/** `{ $gt: 1, $ne: 3 }` → its operators; undefined for a literal object or anything else. */
function operators(cond: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(cond)) return undefined;
  const keys = Object.keys(cond);
  return keys.length > 0 && keys.every((k) => k.startsWith('$')) ? cond : undefined;
}

/** `_id` conditions go to the primary key (ids are never arrays, so no array test is needed). */
function idFilter(cond: unknown): SqlFilter | undefined {
  const key = (v: unknown) =>
    typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) ? keyOf(v) : undefined;
  const eq = key(cond) ?? key(operators(cond)?.$eq);
  if (eq !== undefined) return { where: '_id = ?', params: [eq] };
  const list = operators(cond)?.$in;
  if (Array.isArray(list) && list.length > 0 && list.length <= 500) {
    const keys = list.map(key);
    if (keys.every((k): k is string => k !== undefined)) {
      return { where: `_id IN (${keys.map(() => '?').join(', ')})`, params: keys };
    }
  }
  return undefined;
}

/** Every condition on one indexed field (from all conjuncts) → one candidate, or undefined. */
function fieldCandidate(field: string, conds: unknown[]): Candidate | undefined {
  const x = jsonExtract(field);
  const arrays = pathPrefixes(field)
    .map((p) => `${jsonType(p)} = 'array'`)
    .join(' OR ');
  const make = (rank: number, test: string, params: SqlParam[]): Candidate => ({
    rank,
    filter: { where: `(${test} OR ${arrays})`, params },
  });

  for (const cond of conds) {
    const eq = scalar(cond) ?? scalar(operators(cond)?.$eq);
    if (eq !== undefined) return make(1, `${x} = ?`, [eq]);
  }
  for (const cond of conds) {
    const list = scalars(operators(cond)?.$in);
    if (list) return make(2, `${x} IN (${list.map(() => '?').join(', ')})`, list);
  }
  // Bounds from several conjuncts (`_.gte(1).and(_.lt(5))`) combine: a scalar must meet them all,
  // and arrays, which may meet each bound with a different element, pass through the array test.
  const bounds: string[] = [];
  const params: SqlParam[] = [];
  for (const cond of conds) {
    const ops = operators(cond);
    if (!ops) continue;
    for (const [op, sql] of [
      ['$gt', '>'],
      ['$gte', '>='],
      ['$lt', '<'],
      ['$lte', '<='],
    ] as const) {
      const v = ops[op];
      if (typeof v === 'number' && Number.isFinite(v)) {
        bounds.push(`${x} ${sql} ?`);
        params.push(v);
      }
    }
  }
  return bounds.length > 0 ? make(3, `(${bounds.join(' AND ')})`, params) : undefined;
}

/** The best SQL prefilter for `query` given the indexed fields, or undefined for a full scan. */
export function prefilter(
  query: Record<string, unknown> | undefined,
  indexed: ReadonlySet<string>,
): SqlFilter | undefined {
  if (!query) return undefined;
  const byField = new Map<string, unknown[]>();
  for (const [field, cond] of conjuncts(query)) {
    if (field === '_id') {
      const f = idFilter(cond);
      if (f) return f;
    } else if (indexed.has(field)) {
      byField.set(field, [...(byField.get(field) ?? []), cond]);
    }
  }
  // Each field's filter is a necessary condition of the ANDed query, so their conjunction is too:
  // ANDing them all lets SQLite pick the best (possibly compound) index instead of one field's.
  const candidates = [...byField]
    .map(([field, conds]) => fieldCandidate(field, conds))
    .filter((c): c is Candidate => c !== undefined);
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => a.rank - b.rank);
  return {
    where: candidates.map((c) => c.filter.where).join(' AND '),
    params: candidates.flatMap((c) => c.filter.params),
  };
}
