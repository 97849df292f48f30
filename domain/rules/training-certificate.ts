/**
 * The short code printed on a certificate of study hours, which anyone can check. Eight characters
 * from an alphabet without look-alikes (no 0/O, 1/I/L, U), printed as two groups of four: about
 * 10^12 codes, so guessing one that exists is hopeless, and a code read aloud is typed right.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;

/** `ABCD2345` → `ABCD-2345` */
export const formatCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What a person typed (spaces, dashes, lower case) → the stored code, or null. */
export function normaliseCode(text: string): string | null {
  const cleaned = text.toUpperCase().replace(/[\s-]/g, '');
  if (cleaned.length !== CODE_LENGTH) return null;
  return [...cleaned].every((c) => CODE_ALPHABET.includes(c)) ? cleaned : null;
}

/** A code from random bytes (one byte per character; the slight bias is irrelevant at 10^12). */
export function codeFromBytes(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
  return out;
}
