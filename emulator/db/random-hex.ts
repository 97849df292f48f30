import { randomBytes } from 'crypto';

/**
 * Random hex for ids, drawn from a pooled buffer: one randomBytes call per request id costs more
 * than many of the requests it names (a sign-up rush spent 5% of the engine's time there).
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let at = 0;

export function randomHex(bytes: number): string {
  if (at + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    at = 0;
  }
  at += bytes;
  return pool.toString('hex', at - bytes, at);
}
