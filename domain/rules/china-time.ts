/**
 * The union lives in China Standard Time (UTC+8, no daylight saving). Every date a member or an
 * organizer reads, every "today", "this year" and spreadsheet stamp is China's, whatever the zone of
 * the server (UTC on WeChat's cloud) or the phone. The one place that knows the offset.
 */
export const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar parts of an instant in China. */
export function chinaParts(ms: number): { y: number; mo: number; d: number; h: number; mi: number } {
  const t = new Date(ms + CHINA_OFFSET_MS);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
  };
}

/** `09:30` */
export const chinaClock = (ms: number): string => {
  const p = chinaParts(ms);
  return `${pad(p.h)}:${pad(p.mi)}`;
};

/** `2026年11月24日` */
export function chinaDate(ms: number): string {
  const p = chinaParts(ms);
  return `${p.y}年${p.mo}月${p.d}日`;
}

/** `2026年11月24日 09:30`: the subscription message's `time` value and the notice page's date. */
export const chinaTime = (ms: number): string => `${chinaDate(ms)} ${chinaClock(ms)}`;

/** `2026-11-24 09:30`: spreadsheet cells, sortable. */
export function chinaStamp(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** 'YYYY-MM-DD' of an instant in China. */
export function chinaDayKey(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export const chinaYear = (ms: number): number => chinaParts(ms).y;

/** [from, to) in epoch ms of a calendar year in China. */
export function chinaYearRange(year: number): { from: number; to: number } {
  return { from: Date.UTC(year, 0, 1) - CHINA_OFFSET_MS, to: Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS };
}

/** `hour`:00 China time, `days` after the China day of `ms` (negative: before): "in a week at 18:00". */
export function chinaDayAt(ms: number, days: number, hour: number): number {
  const midnight = Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
  return midnight + days * DAY_MS + hour * 3600_000;
}

/** [from, to) in epoch ms of a calendar month in China, given as `YYYY-MM`. */
export function chinaMonthRange(month: string): { from: number; to: number } {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { from: Date.UTC(y, m - 1, 1) - CHINA_OFFSET_MS, to: Date.UTC(y, m, 1) - CHINA_OFFSET_MS };
}

/** List dates: `今天 09:30`, `昨天`, `11月20日`, or `2025年11月20日` for another year. */
export function listDate(ms: number, nowMs: number): string {
  const d = chinaParts(ms);
  const n = chinaParts(nowMs);
  const diff = Math.round((Date.UTC(n.y, n.mo - 1, n.d) - Date.UTC(d.y, d.mo - 1, d.d)) / DAY_MS);
  if (diff === 0) return `今天 ${chinaClock(ms)}`;
  if (diff === 1) return '昨天';
  if (d.y === n.y) return `${d.mo}月${d.d}日`;
  return chinaDate(ms);
}

/** China-time parts of an instant, for date and time pickers (`2026-11-24`, `09:30`). */
export function pickerParts(ms: number): { date: string; time: string } {
  return { date: chinaDayKey(ms), time: chinaClock(ms) };
}

/** The instant of a China-time date (`2026-11-24`) and time (`09:30`) from pickers; null if malformed. */
export function fromPickerParts(date: string, time: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2])) - CHINA_OFFSET_MS;
  return Number.isFinite(ms) ? ms : null;
}
