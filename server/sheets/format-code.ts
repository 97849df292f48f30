/**
 * Parsing an Excel number format code (the cell's `numFmt`) into tokens: its sections (positive;
 * negative; zero), quoted and escaped literals, placeholders, separators, and date/time parts.
 * Kept apart from the rendering (number-format.ts, date-format.ts) because both renderers read the
 * same token list.
 */

export type Token =
  | { t: 'lit'; s: string }
  | { t: 'ph'; c: '0' | '#' | '?' }
  | { t: 'dot' }
  | { t: 'comma' }
  | { t: 'pct' }
  | { t: 'exp'; plus: boolean }
  | { t: 'slash' }
  | { t: 'at' }
  | { t: 'date'; s: string };

/** A format's sections split at ';', leaving ';' inside quotes or after a backslash alone. */
export function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      const stop = end < 0 ? fmt.length : end;
      cur += fmt.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\' && i + 1 < fmt.length) {
      cur += fmt.slice(i, i + 2);
      i += 1;
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The section that applies to the value: the second for a negative number when there is one. */
export function pick(sections: string[], value: number): string | undefined {
  if (value < 0 && sections.length >= 2) return sections[1];
  return sections[0];
}

const DATE_CHARS = /^(yyyy|yyy|yy|y|e|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|aaaa|aaa|hh|h|ss|s|am\/pm|a\/p|上午\/下午)/i;

/** The section's tokens, in order; anything the code does not name is a literal. */
export function tokens(section: string): Token[] {
  const out: Token[] = [];
  const lit = (s: string) => out.push({ t: 'lit', s });
  for (let i = 0; i < section.length;) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i += 2;
    } else if (ch === '_') {
      lit(' ');
      i += 2;
    } else if (ch === '*') {
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      // [$¥-804] shows its symbol; [Red], [$-804], conditions show nothing; [h] is elapsed hours.
      const currency = /^\$([^-]*)/.exec(inner);
      if (currency) lit(currency[1]);
      else if (/^(h+|m+|s+)$/i.test(inner)) out.push({ t: 'date', s: inner.toLowerCase() });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === '0' || ch === '#' || ch === '?') {
      out.push({ t: 'ph', c: ch });
      i += 1;
    } else if (ch === '.') {
      out.push({ t: 'dot' });
      i += 1;
    } else if (ch === ',') {
      out.push({ t: 'comma' });
      i += 1;
    } else if (ch === '%') {
      out.push({ t: 'pct' });
      i += 1;
    } else if (ch === '/' && out.some((k) => k.t === 'ph') && /^\/[0-9?#]/.test(rest)) {
      out.push({ t: 'slash' });
      i += 1;
    } else if ((ch === 'E' || ch === 'e') && /^[Ee][+-]/.test(rest)) {
      out.push({ t: 'exp', plus: rest[1] === '+' });
      i += 2;
    } else if (ch === '@') {
      out.push({ t: 'at' });
      i += 1;
    } else {
      const m = DATE_CHARS.exec(rest);
      if (m && !(m[0].toLowerCase() === 'e' && out.some((k) => k.t === 'ph'))) {
        out.push({ t: 'date', s: m[0].toLowerCase() });
        i += m[0].length;
      } else if (/[1-9]/.test(ch) && out.some((k) => k.t === 'slash')) {
        // A fixed denominator (# ?/100).
        const digits = /^[0-9]+/.exec(rest)![0];
        lit(digits);
        i += digits.length;
      } else {
        lit(ch);
        i += 1;
      }
    }
  }
  return out;
}
