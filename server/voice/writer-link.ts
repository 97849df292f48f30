/**
 * The link between a request (or a survey answer) and the member who wrote it. An anonymous request
 * must stay anonymous to organizers, in every view and export, while its writer still finds it,
 * rates it and hears of replies. So the writer is never stored as such:
 * - `writerKey` = HMAC(openid): finds "my requests" and checks "is this mine?", and cannot be turned
 *   back into a person without the key (which never leaves the server's `secrets`);
 * - `sealedWriter` = AES-GCM(openid): opened by `openWriter` only, which only the notification
 *   sender (outbox.ts) calls, to send the writer their reply.
 * Organizer-facing reads project both fields away (repos/requests.ts), so their code never holds them.
 * The key is made on first use and kept in `secrets` (like the check-in key): one read per cold start.
 */
import { randomBytes } from 'crypto';
import { collection } from '../lib/collection';
import { row } from '../lib/results';
import { linkKeys, type LinkKeys } from './link-keys';

export const VOICE_SECRET_ID = 'voice';
let cached: LinkKeys | null = null;

async function readSecret(): Promise<Buffer | null> {
  const doc = row<{ value: string }>(await collection('secrets').doc(VOICE_SECRET_ID).get());
  return doc ? Buffer.from(doc.value, 'base64') : null;
}

async function keys(): Promise<LinkKeys> {
  if (cached) return cached;
  let value = await readSecret();
  if (!value) {
    try {
      await collection('secrets').add({
        data: { _id: VOICE_SECRET_ID, value: randomBytes(32).toString('base64'), createdAt: new Date() },
      });
    } catch {
      // Two first calls raced; the other one's key is stored, read below.
    }
    value = await readSecret();
    if (!value) throw new Error('voice secret could not be created');
  }
  cached = linkKeys(value);
  return cached;
}

/** The writer's key: the same for all their requests, so "mine" is one indexed query. */
export const writerKeyOf = async (openid: string): Promise<string> => (await keys()).writerKey(openid);

/** The id of the request a draft becomes: a retried submit lands on the same id. */
export const requestIdOf = async (openid: string, clientId: string): Promise<string> =>
  (await keys()).requestId(openid, clientId);

/**
 * Where a draft's images go: under the member's own path, yet opaque and different per draft, so an
 * organizer who sees an image link learns neither who sent it nor which other requests they sent.
 */
export const uploadFolderOf = async (openid: string, clientId: string): Promise<string> =>
  (await keys()).uploadFolder(openid, clientId);

/** A member's answer sheet id for a survey: answering twice collides; the id names nobody. */
export const answerIdOf = async (surveyId: string, openid: string): Promise<string> =>
  (await keys()).answerId(surveyId, openid);

export const sealWriter = async (openid: string): Promise<string> => (await keys()).seal(openid);

/** Only the outbox calls this, to address a reply. Null if the value was not sealed by us. */
export const openWriter = async (sealed: string): Promise<string | null> => (await keys()).open(sealed);
