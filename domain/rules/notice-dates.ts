/**
 * Dates as the union reads them: always China time (UTC+8, no daylight saving), whatever the time
 * zone of the server or the phone, so a notice says the same time everywhere.
 */
const pad = (n: number) => String(n).padStart(2, '0');
const china = (ms: number) => new Date(ms + 8 * 3600_000);

/** `2026年11月24日 09:30`: the subscription message's `time` value and the notice page's date. */
export function chinaTime(ms: number): string {
  const d = china(ms);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** List dates: `今天 09:30`, `昨天`, `11月20日`, or `2025年11月20日` for another year. */
export function listDate(ms: number, nowMs: number): string {
  const d = china(ms);
  const n = china(nowMs);
  const day = (x: Date) => Date.UTC(x.getUTCFullYear(), x.getUTCMonth(), x.getUTCDate());
  const diff = Math.round((day(n) - day(d)) / 86_400_000);
  if (diff === 0) return `今天 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (diff === 1) return '昨天';
  if (d.getUTCFullYear() === n.getUTCFullYear()) return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** China-time parts of an instant, for date and time pickers (`2026-11-24`, `09:30`). */
export function pickerParts(ms: number): { date: string; time: string } {
  const d = china(ms);
  return { date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

/** The instant of a China-time date (`2026-11-24`) and time (`09:30`) from pickers; null if malformed. */
export function fromPickerParts(date: string, time: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || !t) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(t[1]), Number(t[2])) - 8 * 3600_000;
  return Number.isFinite(ms) ? ms : null;
}
