/**
 * How fast one member may answer practice questions. Practice marks each answer at once and shows
 * the key, so an unbounded loop of answers is a way of reading the bank's keys wholesale; a person
 * reading a question and thinking about it answers far slower than this.
 */
export const PRACTICE_WINDOW_MS = 60_000;
/** Answers allowed per window: one every three seconds on average. */
export const PRACTICE_PER_WINDOW = 20;

export interface PracticeRate {
  /** Epoch ms the current window began. */
  windowStart: number;
  /** Answers in it so far. */
  count: number;
}

/** The rate after one more answer at `now`, or null when that answer is one too many. */
export function nextPracticeRate(rate: PracticeRate | null, now: number): PracticeRate | null {
  if (!rate || now - rate.windowStart >= PRACTICE_WINDOW_MS || now < rate.windowStart)
    return { windowStart: now, count: 1 };
  return rate.count < PRACTICE_PER_WINDOW ? { windowStart: rate.windowStart, count: rate.count + 1 } : null;
}
