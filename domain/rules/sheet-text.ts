/**
 * How text typed into a spreadsheet by hand is made comparable. Offices type with Chinese input
 * methods, so the same letter arrives full width (`Ｔ`, `ＱＨ２００１８`), dashes arrive as `－` or `—`,
 * and cells are padded with ideographic spaces. Two strengths:
 * - codes, letters, numbers and headers get full NFKC (they must compare equal to what is stored);
 * - free text (stems, options, explanations) only gets full-width letters and digits folded and its
 *   edges trimmed: NFKC would also turn Chinese punctuation (`，`, `（　）`, `……`) into ASCII, which
 *   changes how a question reads.
 */

/** Every whitespace a pasted cell carries: ASCII, no-break, ideographic, zero-width. */
const SPACE = /[\s\u00a0\u3000\u200b\ufeff]/;
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const EDGE_SPACES = /^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g;

/** Dashes an input method may put where a code has '-'. */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u30fc]/g;

export const isSpace = (ch: string): boolean => SPACE.test(ch);

/** Full-width ASCII letters and digits to their plain forms; everything else as typed. */
export const foldWidth = (s: string): string =>
  s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * Free text: widths folded, each line trimmed, runs of ASCII spaces inside a line made one, blank
 * lines at the ends dropped. Ideographic spaces inside a line stay (`（　）` is the blank of a stem).
 */
export function cleanText(s: string): string {
  const lines = foldWidth(s)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(EDGE_SPACES, '').replace(/[ \t\u00a0]+/g, ' '));
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines.join('\n');
}

/** Codes and numbers (工号, 单位编码, answer letters): NFKC, dashes as '-', no spaces at all, upper case. */
export const cleanCode = (s: string): string =>
  s.normalize('NFKC').replace(DASHES, '-').replace(SPACES, '').toUpperCase();

/** A short token (题型, 难度, judge answers): NFKC, no spaces, lower case. */
export const cleanWord = (s: string): string => s.normalize('NFKC').replace(SPACES, '').toLowerCase();

/**
 * A header cell as a lookup key: NFKC, no spaces (`姓  名`), no required/optional markers (`*题型`,
 * `题目（必填）`, `答案(选填)`), no trailing colon, lower case.
 */
export function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(/[(\[【]?(必填|选填|必须填写|可选|可不填)[)\]】]?/g, '')
    .replace(/^[*※★☆]+|[*※★☆]+$/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** The marks offices put between the parts of a minority name (阿依古丽·买买提): all read as '·'. */
const NAME_DOTS = /[.．。・•‧∙⋅·]/g;
const LATIN = /[A-Za-z]/;

/**
 * A person's name: NFKC, the parts of a minority name joined by '·', and no spaces inside unless
 * both sides are Latin letters (`王　芳` → 王芳, `Li  Ming` → Li Ming): offices pad two-character
 * names to line up with three-character ones, and a padded roster name must match the name the
 * member types when registering.
 */
export function cleanName(s: string): string {
  let t = s.normalize('NFKC').replace(EDGE_SPACES, '').replace(SPACES, ' ');
  // Only a Chinese name's dots are separators; "J. Smith" keeps its full stop.
  if (/[\u3400-\u9fff]/.test(t)) t = t.replace(NAME_DOTS, '·').replace(/\s*·\s*/g, '·');
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === ' ' && !(LATIN.test(t[i - 1] ?? '') && LATIN.test(t[i + 1] ?? ''))) continue;
    out += ch;
  }
  return out;
}

/**
 * A mainland mobile as typed: `+86 139 0546 1007`, `139-0546-1007`, `(86)13905461007`,
 * `0086 13905461007`. Keeps the digits and drops a country code in front of an 11-digit number.
 */
export function cleanPhone(s: string): string {
  const digits = s
    .normalize('NFKC')
    .replace(/[\s\u3000()\-+.]/g, '')
    .replace(DASHES, '');
  const m = /^(?:0086|86)(1\d{10})$/.exec(digits);
  return m ? m[1] : digits;
}
