import { chinaDayAt } from '../domain/rules/china-time';

/** The demo's times are relative to the moment it is seeded, so every page has a today. */
export const DAY = 86_400_000;

/** `hour`:00 China time, `days` from the seeding day (negative: before). */
export const dayAt = (now: Date, days: number, hour: number): Date => new Date(chinaDayAt(now.getTime(), days, hour));
