/**
 * A registration leaves (the member cancels, an organizer removes it): in one transaction its
 * place, slot in line or pending count is given back and whoever fits first on the waitlist gets
 * the place. The waitlist order is in the event's counter document, so the transaction knows whom
 * to promote without a query. Promotions are returned so the caller notifies after the commit.
 */
import { isActiveState } from '../../domain/contract/event-model';
import { AppError } from '../../domain/errors';
import { claimIdOf } from '../../domain/rules/eligibility';
import { release, type Promotion, type Seats } from '../../domain/rules/event-seats';
import { command } from '../lib/collection';
import { seatRulesOf, type EventDoc, type RegistrationDoc } from './repos/docs';
import { inTransaction, type EventTx } from './repos/tx';

export interface LeaveRequest {
  registrationId: string;
  to: 'cancelled' | 'removed' | 'rejected';
  now: Date;
  /** Who did it (organizer's openid for removed/rejected). */
  by: string;
  reason: string | null;
  /** Throws (FORBIDDEN, CLOSED...) when the caller may not do this to this event (or registration) now. */
  check: (event: EventDoc, registration: RegistrationDoc) => void;
}

export interface LeaveOutcome {
  registration: RegistrationDoc;
  event: EventDoc;
  seats: Seats;
  /** False when the registration had already ended (a retried cancel): nothing changed. */
  changed: boolean;
  promoted: Promotion[];
}

/** Writes promotions decided by the seat rules: the promoted registrations become confirmed. */
export async function writePromotions(tx: EventTx, promoted: Promotion[], now: Date): Promise<void> {
  for (const p of promoted) {
    await tx.update('registrations', p.id, { state: 'confirmed', confirmedAt: now, promotedAt: now, promotionSeq: p.seq, updatedAt: now });
  }
}

export async function leaveAtomically(req: LeaveRequest): Promise<LeaveOutcome> {
  return inTransaction(async (tx) => {
    const reg = await tx.get<RegistrationDoc>('registrations', req.registrationId);
    if (!reg) throw new AppError('NOT_FOUND', '报名记录不存在');
    const event = await tx.get<EventDoc>('events', reg.eventId);
    if (!event) throw new AppError('NOT_FOUND', '活动不存在');
    req.check(event, reg);
    if (!isActiveState(reg.state)) return { registration: reg, event, seats: event.seats, changed: false, promoted: [] };

    const { seats, promoted } = release(seatRulesOf(event), event.seats, { id: reg._id, state: reg.state, q: reg.quotaUnitId });
    const patch: Partial<RegistrationDoc> =
      req.to === 'cancelled'
        ? { state: 'cancelled', cancelledAt: req.now, updatedAt: req.now }
        : req.to === 'removed'
          ? { state: 'removed', removedAt: req.now, removedBy: req.by, reason: req.reason, updatedAt: req.now }
          : { state: 'rejected', reviewedAt: req.now, reviewedBy: req.by, reason: req.reason, updatedAt: req.now };
    await tx.update('registrations', reg._id, patch);
    await writePromotions(tx, promoted, req.now);
    await tx.update('events', event._id, { seats: command().set(seats), updatedAt: req.now });
    if (reg.claimed) await tx.remove('event_claims', claimIdOf(reg.kind, reg.year, reg.openid));
    return { registration: { ...reg, ...patch }, event, seats, changed: true, promoted };
  });
}
