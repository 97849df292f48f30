/**
 * China working days: Monday to Friday, minus the statutory holidays, plus the weekend days worked in
 * their place (调休). The State Council publishes each year's schedule in November; the years below are
 * built in, and an admin adds a year that is not (the `calendar` settings document), so a promise made
 * in late December can still count over New Year.
 */
import { CHINA_OFFSET_MS, chinaDayKey } from './china-time';

export interface HolidayCalendar {
  /** 'YYYY-MM-DD' days off that would otherwise be working days (statutory holidays). */
  holidays: readonly string[];
  /** 'YYYY-MM-DD' weekend days that are working days (调休上班). */
  workdays: readonly string[];
}

const range = (from: string, days: number): string[] => {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
};

/** 国务院办公厅关于2025年、2026年部分节假日安排的通知. */
export const BUILT_IN_CALENDAR: HolidayCalendar = {
  holidays: [
    // 2025
    '2025-01-01',
    ...range('2025-01-28', 8),
    ...range('2025-04-04', 3),
    ...range('2025-05-01', 5),
    ...range('2025-05-31', 3),
    ...range('2025-10-01', 8),
    // 2026
    ...range('2026-01-01', 3),
    ...range('2026-02-15', 9),
    ...range('2026-04-04', 3),
    ...range('2026-05-01', 5),
    ...range('2026-06-19', 3),
    ...range('2026-09-25', 3),
    ...range('2026-10-01', 7),
  ],
  workdays: [
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ],
};

/** Years whose schedule is known: the built-in ones and any an admin added. */
export const yearsOf = (cal: HolidayCalendar): number[] =>
  [...new Set([...cal.holidays, ...cal.workdays].map((d) => Number(d.slice(0, 4))))].sort();

/** The built-in calendar with an admin's additions (their days win where both name a day). */
export function mergeCalendars(base: HolidayCalendar, extra: HolidayCalendar | null | undefined): HolidayCalendar {
  if (!extra) return base;
  const extraDays = new Set([...extra.holidays, ...extra.workdays]);
  return {
    holidays: [...base.holidays.filter((d) => !extraDays.has(d)), ...extra.holidays],
    workdays: [...base.workdays.filter((d) => !extraDays.has(d)), ...extra.workdays],
  };
}

/** A compiled calendar: set lookups instead of array scans, for the loops below. */
export interface WorkCalendar {
  isWorkingDay(dayKey: string): boolean;
}

export function compileCalendar(cal: HolidayCalendar): WorkCalendar {
  const off = new Set(cal.holidays);
  const on = new Set(cal.workdays);
  return {
    isWorkingDay(dayKey) {
      if (on.has(dayKey)) return true;
      if (off.has(dayKey)) return false;
      const weekday = new Date(`${dayKey}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

/** The China midnight that starts the day `dayKey`, as epoch ms. */
export const chinaMidnight = (dayKey: string): number => Date.parse(`${dayKey}T00:00:00Z`) - CHINA_OFFSET_MS;

const nextDayKey = (dayKey: string): string =>
  new Date(Date.parse(`${dayKey}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The deadline of "within n working days" of an instant: the end of the n-th working day after the
 * day it falls on (that day never counts: a request sent on Friday evening is not a day old on
 * Friday night). Returned as the China midnight that ends that day, an exclusive bound.
 */
export function addWorkingDays(fromMs: number, n: number, cal: WorkCalendar): number {
  let day = chinaDayKey(fromMs);
  let left = Math.max(1, Math.floor(n));
  // A year of holidays at most lies between two working days; the bound only guards a broken calendar.
  for (let guard = 0; guard < 400; guard++) {
    day = nextDayKey(day);
    if (cal.isWorkingDay(day) && --left === 0) return chinaMidnight(nextDayKey(day));
  }
  throw new Error('calendar has no working days');
}

/** The China day a deadline falls on (the last day to answer), 'YYYY-MM-DD'. */
export const deadlineDay = (deadlineMs: number): string => chinaDayKey(deadlineMs - 1);

/** The calendar requests are promised by: the built-in years plus what an admin added. */
export const workCalendar = (added: HolidayCalendar | null): WorkCalendar =>
  compileCalendar(mergeCalendars(BUILT_IN_CALENDAR, added));
