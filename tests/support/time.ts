/** Durations in milliseconds, and times in China (UTC+8, the union's clock): one place for every suite. */
import { chinaYear } from '../../domain/rules/china-time';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The year now, China time (the year a training ledger counts). */
export const THIS_YEAR = chinaYear(Date.now());

/** A moment in China time: `chinaAt('2026-09-30 10:00')`. */
export const chinaAt = (s: string): number => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
