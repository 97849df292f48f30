/**
 * A number or date as Excel shows it under a number format. exceljs hands over the raw value
 * (0.005 for a cell showing 0.5%, 123 for a 工号 showing 000123, a Date for 2月3日) and its `.text`
 * is only the raw value's toString(); a clerk's file means what its cells show. This covers the
 * formats offices use: General, 0 / # / ? placeholders with literals between them (000000,
 * 000-0000-0000), thousands and scaling commas, percent, decimals, fractions, scientific, quoted or
 * escaped literals (0"元", ¥#,##0.00), [$¥-804] currency, colours and locales, and dates and times
 * (yyyy"年"m"月"d"日", m/d, h:mm, AM/PM, 上午/下午, aaaa). Dates are formatted in UTC, the way exceljs
 * builds them from the cell's serial number.
 */
import { pick, splitSections, tokens, type Token } from './format-code';
import { renderDate } from './date-format';

const EXCEL_EPOCH = 25569;
const DAY_MS = 86_400_000;

/** The value as the sheet shows it; `fmt` is the cell's number format (exceljs `cell.numFmt`). */
export function formatValue(value: number | Date, fmt: string | undefined): string {
  const sections = splitSections(fmt ?? '');
  if (value instanceof Date) {
    const first = sections[0].trim();
    const withTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
    return renderDate(
      value,
      tokens(first && !/^general$/i.test(first) ? first : withTime ? 'yyyy/m/d h:mm' : 'yyyy/m/d'),
    );
  }
  let section = pick(sections, value);
  let v = value;
  // A negative or zero section shows the magnitude; its own literals carry any sign.
  if (value < 0 && sections.length >= 2) v = -value;
  if (value === 0 && sections.length >= 3) section = sections[2];
  if (!section || /^general$/i.test(section.trim())) return (value < 0 && sections.length >= 2 ? '-' : '') + general(v);
  const toks = tokens(section);
  if (toks.some((k) => k.t === 'date')) return renderDate(new Date(Math.round((value - EXCEL_EPOCH) * DAY_MS)), toks);
  const out = renderNumber(Math.abs(v), toks);
  return v < 0 ? `-${out}` : out;
}

/** Excel's General: integers in full (phone numbers too), fractions to 15 significant digits. */
export function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return v.toFixed(0);
  const s = String(Number(v.toPrecision(15)));
  return s.includes('e') ? s.replace(/e([+-])(\d)$/, 'E$10$2').toUpperCase() : s;
}

/** Rounds half away from zero at `d` decimals, on the 15 digits Excel keeps, as digit strings. */
function fixed(v: number, d: number): [string, string] {
  const s = Number(v.toPrecision(15));
  // Shifting the decimal point in the string avoids 1.005 * 100 = 100.49999999999999.
  const r = String(s).includes('e')
    ? Math.round(s * 10 ** d) / 10 ** d
    : Number(`${Math.round(Number(`${s}e${d}`))}e-${d}`);
  const [i, f = ''] = r.toFixed(d).split('.');
  return [i, f];
}

function renderNumber(v: number, toks: Token[]): string {
  if (toks.some((k) => k.t === 'slash')) return renderFraction(v, toks);
  if (toks.some((k) => k.t === 'at') && !toks.some((k) => k.t === 'ph'))
    return toks.map((k) => (k.t === 'lit' ? k.s : k.t === 'at' ? general(v) : '')).join('');
  const expAt = toks.findIndex((k) => k.t === 'exp');
  const body = expAt < 0 ? toks : toks.slice(0, expAt);
  const dotAt = body.findIndex((k) => k.t === 'dot');
  const intToks = dotAt < 0 ? body : body.slice(0, dotAt);
  const fracToks = dotAt < 0 ? [] : body.slice(dotAt + 1);
  const lastPh = intToks.map((k) => k.t).lastIndexOf('ph');
  // Commas right after the last integer placeholder scale by 1000 each; one between placeholders groups.
  let scale = 0;
  for (let i = lastPh + 1; i < intToks.length && intToks[i].t === 'comma'; i++) scale += 1;
  const grouped = intToks.some((k, i) => k.t === 'comma' && i < lastPh);
  const decimals = fracToks.filter((k) => k.t === 'ph').length;
  let x = (v * 100 ** toks.filter((k) => k.t === 'pct').length) / 1000 ** scale;
  let exponent = 0;
  if (expAt >= 0 && x !== 0) {
    const intPh = intToks.filter((k) => k.t === 'ph').length || 1;
    exponent = Math.floor(Math.log10(x)) - (intPh - 1);
    x /= 10 ** exponent;
  }
  const [whole, fracDigits] = fixed(x, decimals);
  let intDigits = whole === '0' ? '' : whole;
  if (grouped) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  // Integer placeholders take digits from the right; extra digits go in front of the leftmost one.
  const intOut: string[] = [];
  let digits = intDigits;
  const phCount = intToks.filter((k) => k.t === 'ph').length;
  let seen = 0;
  for (let i = intToks.length - 1; i >= 0; i--) {
    const k = intToks[i];
    if (k.t === 'lit') intOut.unshift(k.s);
    else if (k.t === 'ph') {
      seen += 1;
      let d = digits.slice(-1);
      digits = digits.slice(0, -1);
      if (d === ',') {
        d = digits.slice(-1) + d;
        digits = digits.slice(0, -1);
      }
      if (seen === phCount && digits) d = digits + d;
      intOut.unshift(d || (k.c === '0' ? '0' : k.c === '?' ? ' ' : ''));
    }
  }
  if (phCount === 0 && intDigits) intOut.unshift(intDigits);
  // Trailing zeros: '#' drops them, '?' shows a space, '0' keeps them.
  const frac = fracDigits.split('');
  const fracPh = fracToks.filter((k): k is Extract<Token, { t: 'ph' }> => k.t === 'ph');
  for (let i = frac.length - 1; i >= 0 && frac[i] === '0' && fracPh[i].c !== '0'; i--)
    frac[i] = fracPh[i].c === '?' ? ' ' : '';
  let fi = 0;
  const fracOut = fracToks
    .map((k) => (k.t === 'lit' ? k.s : k.t === 'ph' ? frac[fi++] : k.t === 'pct' ? '%' : ''))
    .join('');
  const pctInInt = intToks.some((k) => k.t === 'pct');
  let out = intOut.join('') + (dotAt >= 0 ? '.' : '') + fracOut + (pctInInt ? '%' : '');
  if (expAt >= 0) {
    const tail = toks.slice(expAt + 1);
    const n = Math.max(tail.filter((k) => k.t === 'ph').length, 1);
    const sign = exponent < 0 ? '-' : (toks[expAt] as { plus: boolean }).plus ? '+' : '';
    out += `E${sign}${String(Math.abs(exponent)).padStart(n, '0')}${tail
      .filter((k) => k.t === 'lit')
      .map((k) => (k as { s: string }).s)
      .join('')}`;
  }
  return out;
}

function renderFraction(v: number, toks: Token[]): string {
  const slash = toks.findIndex((k) => k.t === 'slash');
  const after = toks.slice(slash + 1);
  const fixedDen = after.find((k) => k.t === 'lit' && /^\d+$/.test(k.s)) as { s: string } | undefined;
  const denPh = after.filter((k) => k.t === 'ph').length;
  // "# ?/?": a whole part when placeholders come before a space ahead of the numerator.
  const before = toks.slice(0, slash);
  const space = before.findIndex((k) => k.t === 'lit' && k.s === ' ');
  const whole = space >= 0 && before.slice(0, space).some((k) => k.t === 'ph') ? Math.floor(v) : 0;
  const rest = v - whole;
  let best = { n: Math.round(rest), d: 1 };
  if (fixedDen) best = { n: Math.round(rest * Number(fixedDen.s)), d: Number(fixedDen.s) };
  else {
    const maxDen = 10 ** Math.max(denPh, 1) - 1;
    for (let d = 1; d <= maxDen; d++) {
      const n = Math.round(rest * d);
      if (Math.abs(rest - n / d) < Math.abs(rest - best.n / best.d) - 1e-12) best = { n, d };
    }
  }
  let w = whole;
  if (best.n === best.d && !fixedDen) {
    w += 1;
    best.n = 0;
  }
  if (best.n === 0) return String(w || (space >= 0 ? '' : '0')) || '0';
  return `${w ? `${w} ` : ''}${best.n}/${best.d}`;
}
