/**
 * Review approval, atomically: in one transaction the pending registration takes a place (or, when
 * the event has a waitlist, a slot in line) by the same seat rules as a sign-up, on the event's
 * counter document, so approvals racing each other never give out more places than there are.
 * (Rejection is a registration leaving: repos/event-leave.ts with `to: 'rejected'`.)
 */
import { AppError } from '../../domain/errors';
import { take, type Seats } from '../../domain/rules/event-seats';
import { command } from '../lib/collection';
import { seatRulesOf, type EventDoc, type RegistrationDoc } from './repos/docs';
import { inTransaction } from './repos/tx';

export interface ApproveOutcome {
  registration: RegistrationDoc;
  event: EventDoc;
  seats: Seats;
  /** False when it had already been approved (a repeated tap): nothing changed. */
  changed: boolean;
}

export async function approveAtomically(
  registrationId: string,
  by: string,
  now: Date,
  check: (event: EventDoc, registration: RegistrationDoc) => void,
): Promise<ApproveOutcome> {
  return inTransaction(async (tx) => {
    const reg = await tx.get<RegistrationDoc>('registrations', registrationId);
    if (!reg) throw new AppError('NOT_FOUND', '报名记录不存在');
    const event = await tx.get<EventDoc>('events', reg.eventId);
    if (!event) throw new AppError('NOT_FOUND', '活动不存在');
    check(event, reg);
    if ((reg.state === 'confirmed' || reg.state === 'waitlisted') && reg.reviewedAt) {
      return { registration: reg, event, seats: event.seats, changed: false };
    }
    if (reg.state !== 'pending') throw new AppError('CONFLICT', STATE_REFUSALS[reg.state] ?? '该申请已处理');

    // The pending count gives the application back before it takes a place like any sign-up.
    const waiting: Seats = { ...event.seats, pending: Math.max(0, event.seats.pending - 1) };
    const admission = take(seatRulesOf(event), waiting, { id: reg._id, q: reg.quotaUnitId });
    if (admission.state === 'full') throw new AppError('FULL', '名额已满，不能再通过申请');
    const state = admission.state === 'confirmed' ? 'confirmed' : 'waitlisted';
    const patch: Partial<RegistrationDoc> = {
      state,
      confirmedAt: state === 'confirmed' ? now : null,
      reviewedAt: now,
      reviewedBy: by,
      reason: null,
      updatedAt: now,
    };
    await tx.update('registrations', reg._id, patch);
    await tx.update('events', event._id, { seats: command().set(admission.seats), updatedAt: now });
    return { registration: { ...reg, ...patch }, event, seats: admission.seats, changed: true };
  });
}

const STATE_REFUSALS: Partial<Record<RegistrationDoc['state'], string>> = {
  confirmed: '该报名已确认，无需审核',
  waitlisted: '该报名在候补中，无需审核',
  cancelled: '申请人已取消报名',
  removed: '该报名已被移除',
  rejected: '该申请已被驳回',
};
