import crypto from 'crypto';

/**
 * A 心得's id comes from its author, year and text (whitespace folded): submitting the same text
 * again, from a retried request or a second tap, finds the same 心得 instead of making one more to
 * credit. A revised text is a new 心得.
 */
export function essayIdOf(openid: string, year: number, text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  return `es${crypto.createHash('sha256').update(`${openid}\n${year}\n${folded}`).digest('hex').slice(0, 24)}`;
}
