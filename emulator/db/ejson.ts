/**
 * Value encodings at the two edges of the engine.
 *
 * In: the SDK sends queries, updates and documents as *canonical* Extended JSON strings
 * (`EJSON.stringify(x, { relaxed: false })`): `{"$numberInt":"1"}`, `{"$date":{"$numberLong":"5"}}`,
 * `{"$regularExpression":{...}}`, plus CloudBase's own `{"$tcb_server_date":{"offset":n}}` marker for
 * `db.serverDate()`. `decodeWire` turns that into plain JS values (numbers, `Date`, `RegExp`) that
 * mingo evaluates; a server date becomes the server's clock plus the offset, as the real service does.
 *
 * Out and at rest: documents are stored and returned as *relaxed* Extended JSON (plain JSON numbers,
 * `{"$date": ms}`), which the SDK reads back with `EJSON.parse` (relaxed) into `Date`s. One format for
 * both means a stored row can be returned to the SDK without re-encoding.
 *
 * Known losses: `$numberLong` / `$numberDecimal` become JS numbers (precise to 2^53), ObjectId becomes
 * its hex string.
 */
import { errors } from './errors';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** JS regular expressions accept only some of MongoDB's options; `g` and `x` have no meaning here. */
function toRegExp(pattern: unknown, options: unknown): RegExp {
  if (typeof pattern !== 'string') throw errors.invalidParam('regular expression pattern must be a string');
  const flags = typeof options === 'string' ? [...new Set(options.replace(/[^imsu]/g, ''))].join('') : '';
  try {
    return new RegExp(pattern, flags);
  } catch (e) {
    throw errors.invalidParam(`invalid regular expression /${pattern}/: ${(e as Error).message}`);
  }
}

function toNumber(v: unknown): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (typeof v !== 'number' && typeof v !== 'string') throw errors.invalidParam('bad EJSON number');
  return n;
}

function toDate(v: unknown): Date {
  let ms: number;
  if (typeof v === 'number') ms = v;
  else if (typeof v === 'string') ms = Date.parse(v);
  else if (isPlainObject(v) && '$numberLong' in v) ms = toNumber(v.$numberLong);
  else throw errors.invalidParam('bad EJSON date');
  return new Date(ms);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Canonical EJSON (already JSON.parse'd) → JS values. `now` resolves db.serverDate(). */
export function decodeWire(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeWire(v, now));
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const inner = value[keys[0]];
    switch (keys[0]) {
      case '$numberInt':
      case '$numberLong':
      case '$numberDouble':
      case '$numberDecimal':
        return toNumber(inner);
      case '$date':
        return toDate(inner);
      case '$oid':
        return String(inner);
      case '$regularExpression':
        return isPlainObject(inner) ? toRegExp(inner.pattern, inner.options) : value;
      case '$tcb_server_date': {
        const offset = isPlainObject(inner) ? Number(decodeWire(inner.offset, now) ?? 0) : 0;
        return new Date(now + (Number.isFinite(offset) ? offset : 0));
      }
      default:
        break;
    }
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = decodeWire(value[k], now);
  return out;
}

/** Parses one EJSON string param from the SDK (a query, an update, a document). */
export function parseWire(text: unknown, what: string, now: number): unknown {
  if (typeof text !== 'string') throw errors.invalidParam(`${what} must be an EJSON string`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw errors.invalidParam(`${what} is not valid JSON`);
  }
  return decodeWire(raw, now);
}

/** Parses an EJSON param that must be an object. */
export function parseWireObject(text: unknown, what: string, now: number): Record<string, unknown> {
  const v = parseWire(text, what, now);
  if (!isPlainObject(v)) throw errors.invalidParam(`${what} must be an object`);
  return v;
}

/** JS value → relaxed EJSON-compatible JSON value (the storage and response format). */
function toJsonValue(v: unknown): Json | undefined {
  if (v === null) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      // JSON has no NaN/Infinity; EJSON's $numberDouble keeps them.
      return Number.isFinite(v) ? v : { $numberDouble: String(v) };
    case 'bigint':
      return Number(v);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      break;
  }
  if (v instanceof Date) return { $date: v.getTime() };
  if (v instanceof RegExp) return { $regularExpression: { pattern: v.source, options: v.flags } };
  if (Array.isArray(v)) return v.map((x) => toJsonValue(x) ?? null);
  const out: { [k: string]: Json } = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const j = toJsonValue(x);
    if (j !== undefined) out[k] = j;
  }
  return out;
}

export function encodeDoc(doc: unknown): string {
  return JSON.stringify(toJsonValue(doc) ?? null);
}

/**
 * Stored / relaxed EJSON text → JS values. A walk after a plain JSON.parse rather than a reviver:
 * V8's reviver path costs several times the parse, and every read and write of the engine decodes.
 */
export function decodeDoc<T = Record<string, unknown>>(text: string): T {
  return revive(JSON.parse(text)) as T;
}

/** Bottom-up, as a reviver would: the single-key wrappers become Date, number, RegExp. */
function revive(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
    return v;
  }
  const o = v as Record<string, unknown>;
  let count = 0;
  let only = '';
  for (const k of Object.keys(o)) {
    count += 1;
    only = k;
    const x = o[k];
    const r = revive(x);
    // `__proto__` is an own key after JSON.parse; plain assignment would set the prototype instead.
    if (r !== x) Object.defineProperty(o, k, { value: r, writable: true, enumerable: true, configurable: true });
  }
  if (count !== 1) return o;
  const inner = o[only];
  if (only === '$date' && typeof inner === 'number') return new Date(inner);
  if (only === '$numberDouble' && typeof inner === 'string') return Number(inner);
  if (only === '$regularExpression' && isPlainObject(inner)) return toRegExp(inner.pattern, inner.options);
  return o;
}
