/**
 * A registration leaves (the member cancels, an organizer removes it, review rejects it). One
 * conditional update moves it out of its state, exactly once however often the call is repeated;
 * then what it held follows: a place is handed to the first waiting member who fits (handoff.ts), a
 * waitlist slot or a pending count is given back, the once-a-year claim is released. The message it
 * owes (removal, rejection) is promised in the same update as the move.
 *
 * Requests for a member's cancel: member (dispatcher), the registration with the head of the line
 * (one query), the move, then the place: one update to reserve it for the first in line and one to
 * promote them; or one update to give it back when nobody waits.
 */
import { isActiveState, type RegistrationState } from '../../domain/contract/event-model';
import { AppError } from '../../domain/errors';
import { claimIdOf } from '../../domain/rules/eligibility';
import { quotaKey, type SeatRules } from '../../domain/rules/event-seats';
import { canCancelAt } from '../../domain/rules/event-window';
import { command } from '../lib/collection';
import { intentFields } from '../lib/outbox';
import { handOffPlace } from './handoff';
import { dropClaim } from './repos/claims';
import { roundOf, seatRulesOf, windowOf, type EventDoc, type EventIntent, type RegistrationDoc } from './repos/docs';
import { findEvent } from './repos/events';
import { findRegistration, moveRegistration } from './repos/registrations';
import { leavePending, leaveWaitlist, type Ledger } from './repos/seat-ledger';
import { registrationAndHead, type Waiter } from './repos/waitlist';

export interface LeaveRequest {
  eventId: string;
  registrationId: string;
  to: 'cancelled' | 'removed' | 'rejected';
  now: Date;
  /** Who did it (the organizer's openid for removed and rejected). */
  by: string;
  reason: string | null;
  /** The member's own cancel: only until their registration's cancel deadline. */
  memberCancel?: boolean;
  /** The event, when the caller has read it (organizers' calls check authority on it). */
  event?: EventDoc | null;
  /** Throws (FORBIDDEN, CLOSED, CONFLICT...) when the caller may not do this to this registration now. */
  check?: (reg: RegistrationDoc) => void;
}

export interface LeaveOutcome {
  registration: RegistrationDoc;
  /** False when it had already ended (a repeated call): nothing changed. */
  changed: boolean;
  /** Whoever took the place it held. */
  promoted: Waiter[];
}

/** A registration's place and quota are all a departure needs of an event without unit quotas. */
const NO_QUOTA_RULES: SeatRules = { capacity: null, waitlistSize: 0, needsReview: false, unitQuotas: [] };
/** The head of the line read with the registration: enough for a burst of departures. */
const HEAD = 10;

function patchFor(req: LeaveRequest): Partial<RegistrationDoc> {
  const { now } = req;
  if (req.to === 'cancelled') return { state: 'cancelled', cancelledAt: now, updatedAt: now };
  if (req.to === 'removed')
    return { state: 'removed', removedAt: now, removedBy: req.by, reason: req.reason, updatedAt: now };
  return { state: 'rejected', reviewedAt: now, reviewedBy: req.by, reason: req.reason, updatedAt: now };
}

/** The message a departure owes its member, as an outbox intent (none for the member's own cancel). */
function promiseFor(req: LeaveRequest, reg: RegistrationDoc): Record<string, unknown> {
  const round = roundOf(reg);
  if (req.to === 'removed')
    return intentFields(
      `rm_${reg._id}_${round}`,
      { type: 'removed', reason: req.reason } satisfies EventIntent,
      req.now,
    );
  if (req.to === 'rejected')
    return intentFields(
      `rv_${reg._id}_${round}`,
      { type: 'review', decision: 'rejected', reason: req.reason } satisfies EventIntent,
      req.now,
    );
  return {};
}

async function checkDeadline(req: LeaveRequest, reg: RegistrationDoc): Promise<Record<string, unknown>> {
  if (!req.memberCancel) return {};
  const closed = new AppError('CLOSED', '已过取消截止时间，如需取消请联系组织者');
  if (reg.cancelBy) {
    if (req.now.getTime() >= new Date(reg.cancelBy).getTime()) throw closed;
    // Checked again by the move itself, in case an organizer moves the deadline meanwhile.
    return { cancelBy: command().gt(req.now) };
  }
  // Registrations from before cancelBy was copied onto them: the event decides.
  const event = req.event ?? (await findEvent(reg.eventId));
  if (!event || !canCancelAt(windowOf(event), req.now.getTime())) throw closed;
  return {};
}

/** What the registration held goes on: the place to the waitlist, or the slot or count back. */
async function release(
  req: LeaveRequest,
  reg: RegistrationDoc,
  from: RegistrationState,
  head: Waiter[],
): Promise<Waiter[]> {
  // Unit quotas need the event's counts; older registrations do not say whether there are any.
  const event = req.event ?? (reg.underQuotas !== false ? await findEvent(reg.eventId) : null);
  const l: Ledger = { eventId: reg.eventId, rules: event ? seatRulesOf(event) : NO_QUOTA_RULES, now: req.now };
  const key = quotaKey(reg.quotaUnitId);
  const promoted: Waiter[] = [];
  if (from === 'confirmed') {
    promoted.push(...(await handOffPlace(l, key, event, head)));
  } else if (from === 'waitlisted') {
    await leaveWaitlist(l, key);
  } else if (from === 'pending') {
    await leavePending(l);
  }
  if (reg.claimed) await dropClaim(claimIdOf(reg.kind, reg.year, reg.openid), reg._id);
  return promoted;
}

export async function leave(req: LeaveRequest): Promise<LeaveOutcome> {
  for (let attempt = 0; attempt < 4; attempt++) {
    const seen = await registrationAndHead(req.eventId, req.registrationId, HEAD);
    const reg = seen.reg ?? (await findRegistration(req.registrationId));
    if (!reg || reg.eventId !== req.eventId) throw new AppError('NOT_FOUND', '报名记录不存在');
    req.check?.(reg);
    if (!isActiveState(reg.state)) return { registration: reg, changed: false, promoted: [] };
    const extra = await checkDeadline(req, reg);
    const patch = patchFor(req);
    if (!(await moveRegistration(reg._id, reg.state, roundOf(reg), patch, extra, promiseFor(req, reg)))) continue;
    const promoted = await release(req, reg, reg.state, seen.head);
    return { registration: { ...reg, ...patch }, changed: true, promoted };
  }
  throw new AppError('CONFLICT', '操作太频繁，请稍后重试');
}
