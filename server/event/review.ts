/**
 * Review approval without a transaction on the event. Organizers approving the same application at
 * once first meet on the application itself: a short lease on the registration (one conditional
 * update) lets one of them decide while the others wait for the outcome, so no place is held twice
 * for one applicant. The holder then wins a place (or a slot in line) by the same conditional
 * updates as a sign-up, giving back the pending count in the same update, and moves the
 * registration out of `pending` with the review result promised in it. Places never exceed the
 * capacity, whatever races. (Rejection is a registration leaving: cancel.ts with `to: 'rejected'`.)
 */
import { AppError } from '../../domain/errors';
import { canTakePlace, quotaKey } from '../../domain/rules/event-seats';
import { db } from '../lib/cloud';
import { collection, command } from '../lib/collection';
import { intentFields } from '../lib/outbox';
import { updatedOf } from '../lib/results';
import { handOffPlace } from './handoff';
import { kickNotices } from './notices';
import { roundOf, seatRulesOf, type EventDoc, type EventIntent, type RegistrationDoc } from './repos/docs';
import { findEvent } from './repos/events';
import { findRegistration, moveRegistration } from './repos/registrations';
import { addPending, claimPlace, joinWaitlist, leaveWaitlist, type Ledger } from './repos/seat-ledger';

export interface ApproveOutcome {
  registration: RegistrationDoc;
  event: EventDoc;
  /** False when it had already been approved (a repeated tap, another organizer): nothing changed. */
  changed: boolean;
}

const STATE_REFUSALS: Partial<Record<RegistrationDoc['state'], string>> = {
  confirmed: '该报名已确认，无需审核',
  waitlisted: '该报名在候补中，无需审核',
  cancelled: '申请人已取消报名',
  removed: '该报名已被移除',
  rejected: '该申请已被驳回',
};

/** Longer than any approval takes; a lease left by a call that died lapses after it. */
const LEASE_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The right to decide this application for a moment (one organizer at a time). */
async function lease(id: string, by: string, now: Date): Promise<boolean> {
  const _ = command();
  const res = await collection('registrations')
    .where(_.and([{ _id: id, state: 'pending' }, _.or([{ reviewing: null }, { 'reviewing.until': _.lt(now) }])]))
    .update({ data: { reviewing: _.set({ by, until: new Date(now.getTime() + LEASE_MS) }) } });
  return updatedOf(res) === 1;
}

async function unlease(id: string, by: string): Promise<void> {
  await collection('registrations')
    .where({ _id: id, 'reviewing.by': by })
    .update({ data: { reviewing: null } });
}

/** Wins a place if one is free for them, else a slot in line, giving back the pending count in the same update. */
async function winPlace(l: Ledger, event: EventDoc, key: string): Promise<'confirmed' | 'waitlisted' | null> {
  if (canTakePlace(l.rules, event.seats, key) && (await claimPlace(l, key, { fromPending: true }))) return 'confirmed';
  if (await joinWaitlist(l, key, { fromPending: true })) return 'waitlisted';
  return (await claimPlace(l, key, { fromPending: true })) ? 'confirmed' : null;
}

export async function approve(
  registrationId: string,
  eventId: string,
  by: string,
  now: Date,
  check: (event: EventDoc, registration: RegistrationDoc) => void,
): Promise<ApproveOutcome> {
  const deadline = performance.now() + 1500;
  for (;;) {
    const [reg, event] = await Promise.all([findRegistration(registrationId), findEvent(eventId)]);
    if (!reg || reg.eventId !== eventId) throw new AppError('NOT_FOUND', '报名记录不存在');
    if (!event) throw new AppError('NOT_FOUND', '活动不存在');
    check(event, reg);
    if ((reg.state === 'confirmed' || reg.state === 'waitlisted') && reg.reviewedAt)
      return { registration: reg, event, changed: false };
    if (reg.state !== 'pending') throw new AppError('CONFLICT', STATE_REFUSALS[reg.state] ?? '该申请已处理');
    if (!(await lease(reg._id, by, now))) {
      // Another organizer is deciding it: their outcome is ours.
      if (performance.now() > deadline) throw new AppError('CONFLICT', '该申请正在被其他组织者处理，请稍后刷新');
      await sleep(50 + Math.random() * 100);
      continue;
    }
    const rules = seatRulesOf(event);
    const key = quotaKey(reg.quotaUnitId);
    const l: Ledger = { eventId, rules, now };
    const won = await winPlace(l, event, key);
    if (!won) {
      await unlease(reg._id, by);
      throw new AppError('FULL', '名额已满，不能再通过申请');
    }
    const round = roundOf(reg);
    const patch: Partial<RegistrationDoc> = {
      state: won,
      confirmedAt: won === 'confirmed' ? now : null,
      reviewedAt: now,
      reviewedBy: by,
      reason: null,
      updatedAt: now,
    };
    const fields = {
      reviewing: null,
      ...intentFields(
        `rv_${reg._id}_${round}`,
        { type: 'review', decision: won, reason: null } satisfies EventIntent,
        now,
      ),
      ...(won === 'waitlisted' ? { waitKey: db().serverDate() } : {}),
    };
    if (await moveRegistration(reg._id, 'pending', round, patch, {}, fields))
      return { registration: { ...reg, ...patch }, event, changed: true };
    // The member withdrew meanwhile: what we won goes back, and the pending count we took with it.
    if (won === 'confirmed') await kickNotices((await handOffPlace(l, key, event, null)).map((w) => w._id));
    else await leaveWaitlist(l, key);
    await addPending(l);
  }
}
