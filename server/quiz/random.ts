import crypto from 'crypto';
import type { RandomInt } from '../../domain/rules/draw';

/** Draws and option orders use the operating system's CSPRNG: nothing a member can predict. */
export const secureInt: RandomInt = (maxExclusive) => (maxExclusive <= 1 ? 0 : crypto.randomInt(maxExclusive));

/**
 * An opaque option token: 48 random bits, URL-safe, carrying nothing about the option or the key.
 * It only has to be unique within one attempt (freshTokens makes sure), and every save rewrites
 * the attempt, so it is kept short.
 */
export const newToken = (): string => crypto.randomBytes(6).toString('base64url');

/** `count` tokens unused in `taken` (which they join). */
export function freshTokens(count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const t = newToken();
    if (taken.has(t)) continue;
    taken.add(t);
    out.push(t);
  }
  return out;
}

export const newPaperId = (): string => `p${crypto.randomBytes(6).toString('hex')}`;
