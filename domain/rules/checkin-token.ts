/**
 * The check-in token a member's QR code carries:
 *
 *   UH1.<registrationId>.<expiry, epoch seconds in base 36>.<generation>.<signature>
 *
 * The generation is the registration's sign-up round (base 36; 1 for the first sign-up): a member who
 * cancels and signs up again takes the same registration id into its next round, so a code saved
 * from the earlier round no longer works.
 *
 * The signature is HMAC-SHA256 (base64url) of everything before the last dot, with a secret only
 * the server holds, so nobody can make a token from a registration id they know or saw. The token
 * expires a while after the event ends, so a code once loaded keeps working offline for the whole
 * event. This file knows the shape and the times; signing lives on the server.
 */
export const CHECKIN_TOKEN_PREFIX = 'UH1';

/** A code stays valid this long after the event ends (late arrivals, slow queues). */
export const CHECKIN_GRACE_MS = 2 * 3600_000;

/** Tokens are about 110 characters; anything much longer is not one of ours. */
export const MAX_CHECKIN_TOKEN = 300;

/** HMAC-SHA256 is 32 bytes: 43 characters of unpadded base64url. */
const SIGNATURE_LENGTH = 43;

const TOKEN_RE = new RegExp(
  `^${CHECKIN_TOKEN_PREFIX}\\.([A-Za-z0-9_-]{3,160})\\.([0-9a-z]{1,10})\\.([0-9a-z]{1,12})\\.([A-Za-z0-9_-]{${SIGNATURE_LENGTH}})$`,
);

/** When a registration's code stops working (epoch ms, whole seconds). */
export const checkinExpiry = (eventEndsAt: number): number => Math.ceil((eventEndsAt + CHECKIN_GRACE_MS) / 1000) * 1000;

/** The part of the token the signature covers. */
export const signedPartOf = (registrationId: string, expiresAt: number, generation: number): string =>
  `${CHECKIN_TOKEN_PREFIX}.${registrationId}.${Math.floor(expiresAt / 1000).toString(36)}.${Math.max(0, Math.floor(generation)).toString(36)}`;

/** A registration's generation: its sign-up round (a new sign-up after a cancel is the next one). */
export const generationOf = (reg: { round?: number | null }): number => reg.round ?? 1;

export const joinToken = (signedPart: string, signature: string): string => `${signedPart}.${signature}`;

export interface ParsedCheckinToken {
  registrationId: string;
  /** Epoch ms. */
  expiresAt: number;
  /** The registration's sign-up time (epoch ms) the code was issued for. */
  generation: number;
  signedPart: string;
  signature: string;
}

/** The token's parts, or null when the text is not shaped like one (a pasted token may carry spaces). */
export function parseCheckinToken(text: string): ParsedCheckinToken | null {
  const m = TOKEN_RE.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const seconds = parseInt(m[2], 36);
  const generation = parseInt(m[3], 36);
  if (!Number.isSafeInteger(seconds) || !Number.isSafeInteger(generation)) return null;
  const expiresAt = seconds * 1000;
  return {
    registrationId: m[1],
    expiresAt,
    generation,
    signedPart: signedPartOf(m[1], expiresAt, generation),
    signature: m[4],
  };
}

export const isTokenExpired = (token: Pick<ParsedCheckinToken, 'expiresAt'>, now: number): boolean =>
  now > token.expiresAt;

/**
 * The 报名码 a member reads out when the QR code cannot be scanned (a cracked screen, glare at a
 * well site): six characters from an alphabet with no look-alikes (no 0/O, 1/I/L), derived on the
 * server from the registration and its generation with the same secret as the token, so it cannot be
 * guessed from a name or an id, and a new sign-up gets a new one.
 */
export const SIGNUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SIGNUP_CODE_LENGTH = 6;

/** What an organizer typed, as the code it means: full width folded, spaces and dashes dropped, upper case. */
export function normalizeSignupCode(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000-]+/g, '')
    .toUpperCase();
}

export const isSignupCodeShaped = (code: string): boolean =>
  code.length === SIGNUP_CODE_LENGTH && [...code].every((c) => SIGNUP_CODE_ALPHABET.includes(c));
