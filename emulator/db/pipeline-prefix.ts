/**
 * The opening stages of a pipeline the engine runs itself, before mingo sees the rest: a plain
 * `$match`, `$skip` / `$limit`, and a `$lookup` whose sub-pipeline is only plain `$match` stages
 * with no `let` (the same joined documents for every input, read once through the index prefilter:
 * "this member, and the event they are signing up for"). mingo builds its whole operator table for
 * every pipeline and every sub-pipeline it runs; a pipeline of only such stages never reaches it.
 * Matching still goes through mingo's query operators (compileQuery), so results are the same.
 */
import type { Doc } from './types';
import type { Store } from './store';
import { decodeDoc, isPlainObject } from './ejson';
import { compileQuery, usesExpr } from './matcher';
import { prefilter } from './prefilter';

type AnyObject = Record<string, unknown>;

const plainMatch = (s: unknown): AnyObject | undefined =>
  isPlainObject(s) && Object.keys(s).length === 1 && isPlainObject(s.$match) && !usesExpr(s.$match)
    ? s.$match
    : undefined;

const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;

/** A `$lookup` of `{ from, pipeline: [plain $match...], as }`, or undefined. */
function simpleJoin(stage: AnyObject): { from: string; matches: AnyObject[]; as: string } | undefined {
  const l = stage.$lookup;
  if (!isPlainObject(l) || Object.keys(stage).length !== 1) return undefined;
  const keys = Object.keys(l).sort().join(',');
  if (keys !== 'as,from,pipeline' || typeof l.from !== 'string' || typeof l.as !== 'string') return undefined;
  if (!l.as || l.as.includes('.') || l.as.startsWith('$') || !Array.isArray(l.pipeline)) return undefined;
  const matches = l.pipeline.map(plainMatch);
  if (matches.some((m) => !m) || JSON.stringify(matches).includes('$$')) return undefined;
  return { from: l.from, matches: matches as AnyObject[], as: l.as };
}

function joinedDocs(store: Store, from: string, matches: AnyObject[]): Doc[] {
  if (!store.has(from)) return [];
  const rows = [...store.rows(from, prefilter(matches[0], store.indexedFields(from)))];
  let docs = rows.map((r) => decodeDoc<Doc>(r.doc));
  for (const m of matches) {
    const q = compileQuery(m);
    docs = docs.filter((d) => q.test(d));
  }
  return docs;
}

/** Runs the stages it can from the start; returns the documents so far and how many stages it ran. */
export function runPrefix(store: Store, docs: Doc[], stages: AnyObject[]): { docs: Doc[]; ran: number } {
  let out = docs;
  let ran = 0;
  for (const stage of stages) {
    const match = plainMatch(stage);
    const join = match ? undefined : simpleJoin(stage);
    if (match) {
      const q = compileQuery(match);
      out = out.filter((d) => q.test(d));
    } else if (join) {
      const found = joinedDocs(store, join.from, join.matches);
      out = out.map((d) => ({ ...d, [join.as]: found }) as Doc);
    } else if (Object.keys(stage).length === 1 && count(stage.$limit) !== undefined && stage.$limit !== 0) {
      out = out.slice(0, stage.$limit as number);
    } else if (Object.keys(stage).length === 1 && count(stage.$skip) !== undefined) {
      out = out.slice(stage.$skip as number);
    } else break;
    ran += 1;
  }
  return { docs: out, ran };
}
