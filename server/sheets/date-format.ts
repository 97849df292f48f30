/**
 * A date or time rendered under a format code's tokens (format-code.ts), in UTC, the way exceljs
 * builds dates from the cell's serial number.
 */
import type { Token } from './format-code';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ZH_DAYS = ['日', '一', '二', '三', '四', '五', '六'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function renderDate(d: Date, toks: Token[]): string {
  const twelve = toks.some((k) => k.t === 'date' && /\//.test(k.s));
  const dateToks = toks.map((k, i) => ({ k, i })).filter(({ k }) => k.t === 'date');
  // 'm' is minutes right after an hour or right before a second, else the month.
  const isMinute = (i: number): boolean => {
    const at = dateToks.findIndex((x) => x.i === i);
    const prev = dateToks[at - 1]?.k as { s: string } | undefined;
    const next = dateToks[at + 1]?.k as { s: string } | undefined;
    return (!!prev && /^h/.test(prev.s)) || (!!next && /^s/.test(next.s));
  };
  const hours = d.getUTCHours();
  return toks
    .map((k, i) => {
      if (k.t === 'lit') return k.s;
      if (k.t !== 'date') return k.t === 'dot' ? '.' : k.t === 'comma' ? ',' : k.t === 'ph' ? '0' : '';
      const s = k.s;
      if (s === 'yyyy' || s === 'yyy' || s === 'e') return String(d.getUTCFullYear());
      if (s === 'yy' || s === 'y') return pad(d.getUTCFullYear() % 100);
      if (s === 'mmmmm') return MONTHS[d.getUTCMonth()][0];
      if (s === 'mmmm') return MONTHS[d.getUTCMonth()];
      if (s === 'mmm') return MONTHS[d.getUTCMonth()].slice(0, 3);
      if (s === 'mm' || s === 'm') {
        const n = isMinute(i) ? d.getUTCMinutes() : d.getUTCMonth() + 1;
        return s === 'mm' ? pad(n) : String(n);
      }
      if (s === 'dddd') return DAYS[d.getUTCDay()];
      if (s === 'ddd') return DAYS[d.getUTCDay()].slice(0, 3);
      if (s === 'dd') return pad(d.getUTCDate());
      if (s === 'd') return String(d.getUTCDate());
      if (s === 'aaaa') return `星期${ZH_DAYS[d.getUTCDay()]}`;
      if (s === 'aaa') return ZH_DAYS[d.getUTCDay()];
      if (s === 'hh' || s === 'h') {
        const h = twelve ? hours % 12 || 12 : hours;
        return s === 'hh' ? pad(h) : String(h);
      }
      if (s === 'ss' || s === 's') return s === 'ss' ? pad(d.getUTCSeconds()) : String(d.getUTCSeconds());
      if (s === 'am/pm') return hours < 12 ? 'AM' : 'PM';
      if (s === 'a/p') return hours < 12 ? 'A' : 'P';
      if (s === '上午/下午') return hours < 12 ? '上午' : '下午';
      return '';
    })
    .join('');
}
