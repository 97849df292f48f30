/**
 * The key that signs check-in codes: a random value made on first use and kept in `secrets`, so no
 * environment (local, test, production) needs any configuration and the key never leaves the
 * server. Kept in memory for the life of a function instance: one read per cold start.
 */
import { randomBytes } from 'crypto';
import { collection } from '../../lib/collection';
import { row } from '../../lib/results';

interface SecretDoc {
  _id: string;
  /** base64 of 32 random bytes. */
  value: string;
  createdAt: Date;
}

const CHECKIN_SECRET_ID = 'checkin';

/** The load under way or done: callers at the same moment (the token and the 报名码) share one read. */
let cached: Promise<Buffer> | null = null;

async function read(): Promise<Buffer | null> {
  const doc = row<SecretDoc>(await collection('secrets').doc(CHECKIN_SECRET_ID).get());
  return doc ? Buffer.from(doc.value, 'base64') : null;
}

export function checkinSecret(): Promise<Buffer> {
  cached ??= load().catch((err: unknown) => {
    cached = null; // a failed load is tried again by the next call
    throw err;
  });
  return cached;
}

async function load(): Promise<Buffer> {
  let secret = await read();
  if (!secret) {
    const value = randomBytes(32).toString('base64');
    // Two first calls may race: the add of the second fails on the id, and both then use the stored one.
    try {
      await collection('secrets').add({ data: { _id: CHECKIN_SECRET_ID, value, createdAt: new Date() } });
    } catch {
      // Lost the race: the other call's key is stored; read it below.
    }
    secret = await read();
    if (!secret) throw new Error('check-in secret could not be created');
  }
  return secret;
}
