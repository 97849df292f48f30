/**
 * The updates MongoDB (and so the real service) refuses, which mingo would quietly apply or ignore:
 *
 * - a path through a value that cannot hold fields: `{$set: {'a.b': 1}}` on `{a: null}` fails with
 *   `Cannot create field 'b' in element {a: null}`. The SDK turns a nested object in `update({data})`
 *   into such dotted paths, so `update({data: {lastMove: {row: 1}}})` on a document whose `lastMove` is
 *   null fails on WeChat (seen in WeChat logs: `document.update:fail -502001 database request fail.
 *   [FailedOperation] multiple write errors: [{write errors: [{Cannot create field ...}]}, {<nil>}]`);
 * - arithmetic on a value that is not a number (`$inc`, `$mul`);
 * - array operators on a value that is not an array (`$push`, `$addToSet`, `$pop`, `$pull`, `$pullAll`).
 *
 * The messages are MongoDB's (server 4.x wording). Paths with positional operators (`$`, `$[]`) are
 * left to mingo.
 */
import type { Doc } from './types';
import { errors } from './errors';

type AnyObject = Record<string, unknown>;

/** Operators whose paths create fields when missing. */
const CREATING = new Set([
  '$set',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$addToSet',
  '$currentDate',
  '$setOnInsert',
]);
const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY = new Set(['$push', '$addToSet', '$pop', '$pull', '$pullAll']);

const isObject = (v: unknown): v is AnyObject =>
  !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

/** A value as MongoDB prints it inside an error (close enough: the shell's notation). */
function show(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (Array.isArray(v)) return v.length ? `[ ${v.map(show).join(', ')} ]` : '[]';
  if (isObject(v)) {
    const inner = Object.entries(v).map(([k, x]) => `${k}: ${show(x)}`);
    return inner.length ? `{ ${inner.join(', ')} }` : '{}';
  }
  return String(v);
}

/** MongoDB's name of a value's BSON type. */
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 31 ? 'int' : 'double';
  if (v instanceof Date) return 'date';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

const idOf = (doc: Doc) => `{_id: ${show(doc._id)}}`;

/** Throws the real service's DATABASE_REQUEST_FAILED when MongoDB would refuse `modifier` on `doc`. */
export function checkUpdate(doc: Doc, modifier: AnyObject): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!isObject(fields)) continue;
    for (const path of Object.keys(fields)) {
      const target = op === '$rename' ? fields[path] : undefined;
      checkPath(doc, op, path);
      if (typeof target === 'string') checkPath(doc, '$set', target);
    }
  }
}

function checkPath(doc: Doc, op: string, path: string): void {
  const segments = path.split('.');
  if (segments.some((s) => s.startsWith('$'))) return;
  let parent: unknown = doc;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    let value: unknown;
    if (Array.isArray(parent)) {
      if (!/^\d+$/.test(seg)) {
        if (CREATING.has(op))
          throw errors.refusedUpdate(`Cannot create field '${seg}' in element {${segments[i - 1]}: ${show(parent)}}`);
        return;
      }
      value = parent[Number(seg)];
    } else if (isObject(parent)) {
      value = parent[seg];
    } else {
      // The previous segment held a scalar (or null): nothing can live below it.
      if (CREATING.has(op))
        throw errors.refusedUpdate(`Cannot create field '${seg}' in element {${segments[i - 1]}: ${show(parent)}}`);
      return;
    }
    if (value === undefined) return; // created (or nothing to do) from here on
    if (last) {
      if (NUMERIC.has(op) && typeof value !== 'number') {
        throw errors.refusedUpdate(
          `Cannot apply ${op} to a value of non-numeric type. ${idOf(doc)} has the field '${seg}' of non-numeric type ${typeName(value)}`,
        );
      }
      if (ARRAY.has(op) && !Array.isArray(value)) {
        throw errors.refusedUpdate(
          `The field '${seg}' must be an array but is of type ${typeName(value)} in document ${idOf(doc)}`,
        );
      }
      return;
    }
    parent = value;
  }
}
