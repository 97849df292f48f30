/**
 * Identifiers. Real CloudBase document ids are 32 lowercase hex characters
 * (e.g. "0f4b8add5cdd728a003bf5c83ed99dff"); ours look the same: 8 hex of the second, then random,
 * so they sort roughly by creation time as the real ones do.
 */
import type { DocId } from './types';
import { errors } from './errors';
import { randomHex } from './random-hex';

export function newDocId(now: number): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0')
    .slice(-8);
  return seconds + randomHex(12);
}

export function newTransactionId(): string {
  return `tx_${randomHex(12)}`;
}

/** Checks that a value may be a document id (the SDK allows strings and numbers). */
export function asDocId(v: unknown): DocId {
  if ((typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v))) return v;
  throw errors.invalidParam('_id must be a non-empty string or a number');
}

/**
 * The primary-key text of an id. Numbers get a prefix no string id starts with, so that `doc(1)` and
 * `doc('1')` stay two documents, as they are in MongoDB.
 */
export function keyOf(id: DocId): string {
  return typeof id === 'string' ? id : `\u0001n:${id}`;
}

/** A primary-key text back as it would print in a MongoDB error (`"abc"` or `12`). */
export function describeKey(key: string): string {
  return key.startsWith('\u0001n:') ? key.slice(3) : JSON.stringify(key);
}
