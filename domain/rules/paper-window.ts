import { chinaDayKey } from './china-time';
/**
 * When a paper may be taken, how long an attempt lasts, and how many attempts are left. The
 * server's clock is the only clock: callers pass its time in epoch ms.
 */

export type PaperWindow = 'upcoming' | 'open' | 'closed';

/**
 * Answers that reach the server this long after the deadline still count: a member who taps the
 * last answer as the timer ends should not lose it to a slow network.
 */
export const SUBMIT_GRACE_MS = 30_000;

export function paperWindow(p: { opensAt: number; closesAt: number }, now: number): PaperWindow {
  if (now < p.opensAt) return 'upcoming';
  return now < p.closesAt ? 'open' : 'closed';
}

/** An attempt ends at its time limit or when the paper closes, whichever comes first. */
export function attemptDeadline(startedAt: number, timeLimitMinutes: number, closesAt: number): number {
  return Math.min(startedAt + timeLimitMinutes * 60_000, closesAt);
}

/** Last moment a saved answer (or a submit's own answers) still counts. */
export const answersAcceptedUntil = (deadline: number): number => deadline + SUBMIT_GRACE_MS;

/** Past the grace period: the attempt is marked with what was saved, on its next touch. */
export const isOverdue = (deadline: number, now: number): boolean => now > answersAcceptedUntil(deadline);

export const remainingSeconds = (deadline: number, now: number): number =>
  Math.max(0, Math.ceil((deadline - now) / 1000));

/** Seconds spent: from start to hand-in, never past the deadline. */
export const usedSeconds = (startedAt: number, deadline: number, handedInAt: number): number =>
  Math.max(0, Math.round((Math.min(handedInAt, deadline) - startedAt) / 1000));

export interface AttemptLimits {
  /** null = unlimited. */
  maxAttemptsTotal: number | null;
  maxAttemptsPerDay: number | null;
}

export interface AttemptsUsed {
  total: number;
  today: number;
}

export interface Allowance {
  total: number | null;
  today: number | null;
  /** The smaller of the two: what can be started now; null = unlimited. */
  now: number | null;
}

export function attemptsLeft(limits: AttemptLimits, used: AttemptsUsed): Allowance {
  const total = limits.maxAttemptsTotal === null ? null : Math.max(0, limits.maxAttemptsTotal - used.total);
  const today = limits.maxAttemptsPerDay === null ? null : Math.max(0, limits.maxAttemptsPerDay - used.today);
  const now = total === null ? today : today === null ? total : Math.min(total, today);
  return { total, today, now };
}

export type StartRefusal = { code: 'CLOSED' | 'RATE_LIMITED'; message: string };

/**
 * Why a new attempt cannot start, or null when it can. The whole window and the total limit are
 * CLOSED (nothing will change by waiting a day); the daily limit is RATE_LIMITED (come back tomorrow).
 */
export function startRefusal(window: PaperWindow, left: Allowance): StartRefusal | null {
  if (window === 'upcoming') return { code: 'CLOSED', message: '考试尚未开始' };
  if (window === 'closed') return { code: 'CLOSED', message: '考试已结束' };
  if (left.total === 0) return { code: 'CLOSED', message: '作答次数已用完' };
  if (left.today === 0) return { code: 'RATE_LIMITED', message: '今天的作答次数已用完，请明天再来' };
  return null;
}

export interface ScoredAttempt {
  id: string;
  score: number;
  passed: boolean;
  /** Epoch ms. */
  submittedAt: number;
}

/** The attempt that counts for a paper: best score (earliest on a tie), or the last submitted. */
export function countedAttempt<T extends ScoredAttempt>(attempts: readonly T[], mode: 'best' | 'last'): T | null {
  let pick: T | null = null;
  for (const a of attempts) {
    if (!pick) pick = a;
    else if (
      mode === 'last'
        ? a.submittedAt > pick.submittedAt
        : a.score > pick.score || (a.score === pick.score && a.submittedAt < pick.submittedAt)
    )
      pick = a;
  }
  return pick;
}

export function myPaperState(
  inProgress: boolean,
  counted: { passed: boolean } | null,
): 'todo' | 'in_progress' | 'passed' | 'failed' {
  if (inProgress) return 'in_progress';
  if (!counted) return 'todo';
  return counted.passed ? 'passed' : 'failed';
}

/** What the standing rule needs to know of one attempt (epoch ms). */
export interface AttemptFacts {
  id: string;
  /** 1 for the first attempt. */
  n: number;
  /** chinaDayKey of its start. */
  day: string;
  status: 'in_progress' | 'submitted';
  score: number | null;
  passed: boolean | null;
  submittedAt: number | null;
}

export interface PaperTerms extends AttemptLimits {
  opensAt: number;
  closesAt: number;
  counts: 'best' | 'last';
}

export interface Standing {
  window: PaperWindow;
  inProgressId: string | null;
  counted: ScoredAttempt | null;
  used: AttemptsUsed;
  left: Allowance;
  /** Why a new attempt cannot start now (null: it can, or one is in progress to resume). */
  refusal: StartRefusal | null;
  state: 'todo' | 'in_progress' | 'passed' | 'failed';
}

/** A member's standing on a paper, from their attempts at it: one rule for lists, intro, start and home. */
export function paperStanding(paper: PaperTerms, attempts: readonly AttemptFacts[], now: number): Standing {
  const window = paperWindow(paper, now);
  const today = chinaDayKey(now);
  const used = {
    total: attempts.reduce((max, a) => Math.max(max, a.n), 0),
    today: attempts.filter((a) => a.day === today).length,
  };
  const left = attemptsLeft(paper, used);
  const inProgress = attempts.find((a) => a.status === 'in_progress') ?? null;
  const scored: ScoredAttempt[] = attempts.flatMap((a) =>
    a.status === 'submitted' && a.score !== null && a.submittedAt !== null
      ? [{ id: a.id, score: a.score, passed: a.passed === true, submittedAt: a.submittedAt }]
      : [],
  );
  const counted = countedAttempt(scored, paper.counts);
  return {
    window,
    inProgressId: inProgress?.id ?? null,
    counted,
    used,
    left,
    refusal: inProgress ? null : startRefusal(window, left),
    state: myPaperState(inProgress !== null, counted),
  };
}
