/**
 * The promise a request carries: a first reply within so many working days of the grassroots union,
 * then, if nobody answers, the brigade's and then the branch's own days on top (督办). Pure, so the
 * writer's page, the organizer's queue and the sweep all read the same state from the same stored
 * deadlines: escalation happens whenever anyone reads an overdue request, not only when a timer runs.
 */
import { chinaDayKey } from './china-time';
import { addWorkingDays, deadlineDay, type WorkCalendar } from './voice-working-days';

/** Where an unanswered request stands against its promise. */
export type WaitingState = 'on_time' | 'due_today' | 'overdue';

export const WAITING_LABELS: Record<WaitingState, string> = {
  on_time: '未超期',
  due_today: '今日到期',
  overdue: '已超期',
};

/** Promise days a union may set, and the default when it has set none. */
export const PROMISE_DAYS = { min: 1, max: 15, default: 3 } as const;

export function waitingState(dueAtMs: number, nowMs: number): WaitingState {
  if (nowMs >= dueAtMs) return 'overdue';
  return chinaDayKey(nowMs) === deadlineDay(dueAtMs) ? 'due_today' : 'on_time';
}

/**
 * The chained deadlines of a plan that starts at `startMs`: the first unit's days from the start,
 * each next unit's days from the previous deadline (it only gets the request then).
 */
export function planDeadlines(startMs: number, daysPerStage: readonly number[], cal: WorkCalendar): number[] {
  const out: number[] = [];
  let from = startMs;
  for (const days of daysPerStage) {
    from = addWorkingDays(from, days, cal);
    out.push(from);
    // The next union gets it at the midnight that ends this deadline: that day is its first.
    from -= 1;
  }
  return out;
}

export interface EscalationFacts {
  /** Index into the unit chain (0 = grassroots union) of who handles the request now. */
  stage: number;
  /** One deadline per stage of the chain (epoch ms). */
  deadlines: readonly number[];
  /** True while nobody has answered (submitted, accepted, processing). */
  awaiting: boolean;
}

export interface EscalationStep {
  /** The stage the request moves to. */
  stage: number;
  /** When it became overdue at the previous stage (the deadline), not when somebody noticed. */
  at: number;
}

/** The escalations that are due by now, in order; none once answered or at the top of the chain. */
export function escalationsDue(f: EscalationFacts, nowMs: number): EscalationStep[] {
  const steps: EscalationStep[] = [];
  if (!f.awaiting) return steps;
  for (let s = f.stage; s < f.deadlines.length - 1 && nowMs >= f.deadlines[s]; s++)
    steps.push({ stage: s + 1, at: f.deadlines[s] });
  return steps;
}

/** Was the first reply inside the promise made to the writer (the grassroots union's deadline)? */
export const answeredOnTime = (firstReplyMs: number, promisedByMs: number): boolean => firstReplyMs < promisedByMs;
