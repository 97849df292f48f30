/**
 * `database.aggregateDocuments`: the SDK sends `stages: [{ stageKey: '$match', stageValue: '<json>' }]`
 * (stageValue is EJSON for objects, plain JSON for numbers and strings such as `$unwind: "$x"`).
 *
 * Real limit: a pipeline without a `$limit` stage returns at most 20 documents. `$lookup` reads the
 * other collection (a missing one joins nothing, as in MongoDB). A leading `$match` uses the same
 * index prefilter as queries.
 */
import type { Doc } from './types';
import type { Store } from './store';
import { errors } from './errors';
import { decodeDoc, encodeDoc, isPlainObject, parseWire } from './ejson';
import { aggregate } from './matcher';
import { prefilter } from './prefilter';
import { runPrefix } from './pipeline-prefix';

type AnyObject = Record<string, unknown>;

export const DEFAULT_AGGREGATE_LIMIT = 20;

export function parsePipeline(stages: unknown, now: number): AnyObject[] {
  if (!Array.isArray(stages)) throw errors.invalidParam('stages must be an array');
  return stages.map((s: unknown) => {
    if (!isPlainObject(s) || typeof s.stageKey !== 'string' || !s.stageKey.startsWith('$')) {
      throw errors.invalidParam('each stage needs a stageKey like "$match" and a stageValue');
    }
    return { [s.stageKey]: parseWire(s.stageValue, `stage ${s.stageKey}`, now) };
  });
}

function readAll(store: Store, collection: string, filter?: ReturnType<typeof prefilter>): Doc[] {
  return [...store.rows(collection, filter)].map((r) => decodeDoc<Doc>(r.doc));
}

export function runAggregate(store: Store, collection: string, pipeline: AnyObject[]): string[] {
  const first = pipeline[0];
  const match = first && isPlainObject(first.$match) ? first.$match : undefined;
  const docs = readAll(store, collection, prefilter(match, store.indexedFields(collection)));

  const stages = pipeline.some((s) => '$limit' in s) ? pipeline : [...pipeline, { $limit: DEFAULT_AGGREGATE_LIMIT }];
  const joined = new Map<string, Doc[]>();
  const resolve = (name: string): Doc[] => {
    let docsOf = joined.get(name);
    if (!docsOf) {
      docsOf = store.has(name) ? readAll(store, name) : [];
      joined.set(name, docsOf);
    }
    return docsOf;
  };
  const done = runPrefix(store, docs, stages);
  if (done.ran === stages.length) return done.docs.map(encodeDoc);
  const narrow = narrowJoin(store, joined);
  const rest = stages.slice(done.ran).map((s, i) => narrow(s, i + done.ran));
  return aggregate(done.docs, rest, resolve).map(encodeDoc);
}

/**
 * A `$lookup` whose sub-pipeline starts with a plain `$match` (no `$$` variables: `{ openid }`) reads
 * the joined collection through the same index prefilter as a query, as the real service reads
 * through its index, instead of decoding the whole collection. The stage is pointed at a private
 * name for those rows; mingo still applies the full `$match`, so only the cost changes.
 */
function narrowJoin(store: Store, joined: Map<string, Doc[]>) {
  return (stage: AnyObject, i: number): AnyObject => {
    const l = isPlainObject(stage.$lookup) ? stage.$lookup : undefined;
    const sub = l && Array.isArray(l.pipeline) ? (l.pipeline[0] as unknown) : undefined;
    const match = isPlainObject(sub) && isPlainObject(sub.$match) ? sub.$match : undefined;
    if (!l || typeof l.from !== 'string' || !match || JSON.stringify(match).includes('$$')) return stage;
    if ('$expr' in match || !store.has(l.from)) return stage;
    const key = `${l.from}\u0000${i}`;
    joined.set(key, readAll(store, l.from, prefilter(match, store.indexedFields(l.from))));
    return { $lookup: { ...l, from: key } };
  };
}
