import { chinaClock, chinaParts } from './china-time';
import type { EventStatus, SignupPhase } from '../contract/event-model';

/** The times that decide when members may sign up and cancel (epoch ms). */
export interface EventSchedule {
  startsAt: number;
  endsAt: number;
  signupOpensAt: number;
  signupClosesAt: number;
  cancelDeadline: number;
}

/**
 * Where an event stands for sign-up at `now` (the server's clock). A closed event is closed for
 * good, whatever its window says.
 */
export function signupPhase(
  e: { status: EventStatus } & Pick<EventSchedule, 'signupOpensAt' | 'signupClosesAt' | 'endsAt'>,
  now: number,
): SignupPhase {
  if (e.status === 'draft') return 'draft';
  if (now >= e.endsAt) return 'ended';
  if (e.status === 'closed') return 'closed';
  if (now < e.signupOpensAt) return 'not_open';
  if (now >= e.signupClosesAt) return 'closed';
  return 'open';
}

/** A member may cancel (and so free their place) until the cancel deadline, while the event is live. */
export function canCancelAt(
  e: { status: EventStatus } & Pick<EventSchedule, 'cancelDeadline' | 'endsAt'>,
  now: number,
): boolean {
  return e.status !== 'draft' && now < e.cancelDeadline && now < e.endsAt;
}

/** An organizer may still change registrations (remove one) until the event ends. */
export const isOver = (e: Pick<EventSchedule, 'endsAt'>, now: number): boolean => now >= e.endsAt;

/** What is wrong with a schedule, in Chinese for the organizer, or null. */
export function scheduleProblem(s: EventSchedule): { path: string; message: string } | null {
  if (s.endsAt <= s.startsAt) return { path: 'endsAt', message: '结束时间须晚于开始时间' };
  if (s.signupClosesAt <= s.signupOpensAt) return { path: 'signupClosesAt', message: '报名截止时间须晚于报名开始时间' };
  if (s.signupClosesAt > s.endsAt) return { path: 'signupClosesAt', message: '报名截止时间不能晚于活动结束时间' };
  if (s.cancelDeadline > s.endsAt) return { path: 'cancelDeadline', message: '取消截止时间不能晚于活动结束时间' };
  if (s.cancelDeadline < s.signupOpensAt)
    return { path: 'cancelDeadline', message: '取消截止时间不能早于报名开始时间' };
  return null;
}

/** `7月15日 09:00` */
export function eventTimeText(ms: number): string {
  const p = chinaParts(ms);
  return `${p.mo}月${p.d}日 ${chinaClock(ms)}`;
}

/** `7月15日 09:00–11:30`, or both ends in full when the event spans days. */
export function eventSpanText(startsAt: number, endsAt: number): string {
  const a = chinaParts(startsAt);
  const b = chinaParts(endsAt);
  if (a.y === b.y && a.mo === b.mo && a.d === b.d) return `${eventTimeText(startsAt)}–${chinaClock(endsAt)}`;
  return `${eventTimeText(startsAt)} 至 ${eventTimeText(endsAt)}`;
}
