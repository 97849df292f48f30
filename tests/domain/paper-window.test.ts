import { chinaDayKey, chinaYear, chinaYearRange } from '../../domain/rules/china-time';
import {
  SUBMIT_GRACE_MS,
  attemptDeadline,
  attemptsLeft,
  countedAttempt,
  isOverdue,
  paperStanding,
  paperWindow,
  remainingSeconds,
  startRefusal,
  usedSeconds,
  type AttemptFacts,
} from '../../domain/rules/paper-window';

const T = Date.UTC(2026, 5, 1, 2, 0); // 10:00 China time

it('window: upcoming before it opens, open until it closes', () => {
  const p = { opensAt: T, closesAt: T + 1000 };
  expect(paperWindow(p, T - 1)).toBe('upcoming');
  expect(paperWindow(p, T)).toBe('open');
  expect(paperWindow(p, T + 999)).toBe('open');
  expect(paperWindow(p, T + 1000)).toBe('closed');
});

it('an attempt ends at its time limit or the close, whichever is first; answers count through the grace', () => {
  expect(attemptDeadline(T, 30, T + 3600_000)).toBe(T + 1800_000);
  expect(attemptDeadline(T, 90, T + 3600_000)).toBe(T + 3600_000);
  const deadline = T + 1800_000;
  expect(isOverdue(deadline, deadline + SUBMIT_GRACE_MS)).toBe(false);
  expect(isOverdue(deadline, deadline + SUBMIT_GRACE_MS + 1)).toBe(true);
  expect(remainingSeconds(deadline, deadline - 1500)).toBe(2);
  expect(remainingSeconds(deadline, deadline + 5000)).toBe(0);
  expect(usedSeconds(T, deadline, deadline + 20_000)).toBe(1800);
  expect(usedSeconds(T, deadline, T + 61_400)).toBe(61);
});

it('days and years are China’s', () => {
  expect(chinaDayKey(Date.UTC(2026, 0, 1, 15, 59))).toBe('2026-01-01');
  expect(chinaDayKey(Date.UTC(2026, 0, 1, 16, 0))).toBe('2026-01-02');
  expect(chinaYear(Date.UTC(2025, 11, 31, 16, 0))).toBe(2026);
  const r = chinaYearRange(2026);
  expect(chinaDayKey(r.from)).toBe('2026-01-01');
  expect(chinaDayKey(r.to - 1)).toBe('2026-12-31');
  expect(chinaDayKey(r.to)).toBe('2027-01-01');
});

it('attempts left: total and per day, null for unlimited', () => {
  expect(attemptsLeft({ maxAttemptsTotal: 3, maxAttemptsPerDay: 2 }, { total: 2, today: 0 })).toEqual({
    total: 1,
    today: 2,
    now: 1,
  });
  expect(attemptsLeft({ maxAttemptsTotal: null, maxAttemptsPerDay: 2 }, { total: 9, today: 2 })).toEqual({
    total: null,
    today: 0,
    now: 0,
  });
  expect(attemptsLeft({ maxAttemptsTotal: null, maxAttemptsPerDay: null }, { total: 9, today: 9 })).toEqual({
    total: null,
    today: null,
    now: null,
  });
  expect(attemptsLeft({ maxAttemptsTotal: 1, maxAttemptsPerDay: null }, { total: 3, today: 3 }).total).toBe(0);
});

it('refusals: window first, then total (CLOSED), then today (RATE_LIMITED)', () => {
  expect(startRefusal('upcoming', { total: 1, today: 1, now: 1 })?.code).toBe('CLOSED');
  expect(startRefusal('closed', { total: 1, today: 1, now: 1 })?.code).toBe('CLOSED');
  expect(startRefusal('open', { total: 0, today: 0, now: 0 })).toEqual({ code: 'CLOSED', message: '作答次数已用完' });
  expect(startRefusal('open', { total: 2, today: 0, now: 0 })?.code).toBe('RATE_LIMITED');
  expect(startRefusal('open', { total: null, today: null, now: null })).toBeNull();
});

it('counted attempt: best (earliest on a tie) or last', () => {
  const a = [
    { id: '1', score: 80, passed: true, submittedAt: 1 },
    { id: '2', score: 90, passed: true, submittedAt: 2 },
    { id: '3', score: 90, passed: true, submittedAt: 3 },
    { id: '4', score: 40, passed: false, submittedAt: 4 },
  ];
  expect(countedAttempt(a, 'best')?.id).toBe('2');
  expect(countedAttempt(a, 'last')?.id).toBe('4');
  expect(countedAttempt([], 'best')).toBeNull();
});

describe('paperStanding', () => {
  const terms = {
    opensAt: T - 86_400_000,
    closesAt: T + 86_400_000 * 5,
    maxAttemptsTotal: 3,
    maxAttemptsPerDay: 1,
    counts: 'best' as const,
  };
  const done = (n: number, day: string, score: number): AttemptFacts => ({
    id: `a${n}`,
    n,
    day,
    status: 'submitted',
    score,
    passed: score >= 60,
    submittedAt: T - 1000 * n,
  });

  it('nothing yet: todo, can start', () => {
    expect(paperStanding(terms, [], T)).toMatchObject({
      state: 'todo',
      refusal: null,
      inProgressId: null,
      left: { total: 3, today: 1, now: 1 },
    });
  });

  it('one in progress: resume it, nothing refused', () => {
    const s = paperStanding(
      terms,
      [{ id: 'a1', n: 1, day: chinaDayKey(T), status: 'in_progress', score: null, passed: null, submittedAt: null }],
      T,
    );
    expect(s).toMatchObject({ state: 'in_progress', inProgressId: 'a1', refusal: null, left: { today: 0 } });
  });

  it('counts today by China day and the total by attempt number', () => {
    const s = paperStanding(terms, [done(2, chinaDayKey(T), 50), done(1, '2026-05-30', 70)], T);
    expect(s).toMatchObject({
      state: 'passed',
      used: { total: 2, today: 1 },
      refusal: { code: 'RATE_LIMITED' },
      counted: { id: 'a1', score: 70 },
    });
  });
});
