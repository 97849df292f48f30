/**
 * Sign-up, atomically: one transaction creates the registration under its deterministic id
 * (`${eventId}_${openid}`), claims the once-a-year benefit if the event has that rule, reads the
 * event (its own counter document) and rewrites its seats. Whatever the rush, capacity and the
 * waitlist hold, and one member never gets two registrations.
 *
 * Before any transaction, one plain read of the event (the fast path) refuses a full or closed
 * event and checks the form, so a rush's latecomers never touch the counter document. That read
 * also predicts the outcome, so the registration is written before the counter is read inside the
 * transaction: the counter is held for three steps (get, update, commit), not four, which is what
 * bounds how many sign-ups per second one event can take. A wrong prediction costs one more write.
 *
 * Requests on the usual path: member (dispatcher), read event, start, add registration, get event,
 * update event, commit; +1 (add claim) for once-a-year events. A refusal reads the member's
 * registration first, so a member who is already in gets it back instead of an error.
 */
import { EVENT_KIND_LABELS, isActiveState, type Answer, type SignupPhase } from '../../domain/contract/event-model';
import { AppError, type ErrorCode } from '../../domain/errors';
import { benefitYear, claimIdOf, eligibilityProblem, quotaUnitOf } from '../../domain/rules/eligibility';
import { checkAnswers } from '../../domain/rules/event-form';
import { admit, wouldRefuse, type Seats } from '../../domain/rules/event-seats';
import { signupPhase } from '../../domain/rules/event-window';
import { command } from '../lib/collection';
import type { MemberDoc } from '../member/repos/members';
import { registrationIdOf, seatRulesOf, windowOf, type ClaimDoc, type EventDoc, type RegistrationDoc, type StoredAnswer } from './repos/docs';
import { findEvent } from './repos/events';
import { findRegistration } from './repos/registrations';
import { DuplicateError, inTransaction } from './repos/tx';

export interface SignUpOutcome {
  registration: RegistrationDoc;
  /** The event's seats after the call (for the waitlist position). */
  seats: Seats;
}

/** The event refuses new sign-ups (full or outside the window): settled after checking for an existing registration. */
class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly userMessage: string,
    readonly event: EventDoc,
  ) {
    super(userMessage);
  }
}

/** The member already has a registration for this event (the add hit its id). */
class AlreadyThere extends Error {
  constructor(readonly event: EventDoc) {
    super('registration exists');
  }
}

const CLOSED_MESSAGES: Partial<Record<SignupPhase, string>> = {
  not_open: '报名尚未开始',
  closed: '报名已截止',
  ended: '活动已结束',
};

/** Everything that refuses a sign-up on this event as it stands (not the registration itself). */
function checkOpen(event: EventDoc | null, member: MemberDoc, now: Date): EventDoc {
  if (!event || event.status === 'draft') throw new AppError('NOT_FOUND', '活动不存在或尚未发布');
  const ineligible = eligibilityProblem(event, member);
  if (ineligible) throw new AppError(ineligible.code, ineligible.message);
  const phase = signupPhase(windowOf(event), now.getTime());
  if (phase !== 'open') throw new Refusal('CLOSED', CLOSED_MESSAGES[phase] ?? '当前不能报名', event);
  if (wouldRefuse(seatRulesOf(event), event.seats, quotaUnitOf(event.unitQuotas, member.unitPath) ?? '')) {
    throw new Refusal('FULL', event.waitlistSize > 0 ? '名额和候补都已满' : '名额已满', event);
  }
  return event;
}

function checkedAnswers(event: EventDoc, raw: Answer[]): StoredAnswer[] {
  const checked = checkAnswers(event.fields, raw);
  if (!checked.ok) {
    throw new AppError('BAD_REQUEST', checked.problems[0].message, checked.problems.map((p) => ({ path: ['answers', p.path], message: p.message })));
  }
  return checked.answers.map((a) => {
    const f = event.fields.find((x) => x.id === a.fieldId)!;
    return { ...a, label: f.label, type: f.type };
  });
}

function newRegistration(event: EventDoc, member: MemberDoc, answers: StoredAnswer[], state: RegistrationDoc['state'], now: Date, previous: RegistrationDoc | null): RegistrationDoc {
  return {
    _id: registrationIdOf(event._id, member._id),
    eventId: event._id,
    openid: member._id,
    kind: event.kind,
    year: benefitYear(new Date(event.startsAt).getTime()),
    name: member.name,
    employeeNo: member.employeeNo,
    unitId: member.unitId,
    unitPath: member.unitPath,
    unitName: member.unitNames?.[member.unitNames.length - 1] ?? '',
    quotaUnitId: quotaUnitOf(event.unitQuotas, member.unitPath) ?? '',
    state,
    answers,
    claimed: event.oncePerKindPerYear,
    createdAt: previous?.createdAt ?? now,
    signedUpAt: now,
    updatedAt: now,
    confirmedAt: state === 'confirmed' ? now : null,
    promotedAt: null,
    promotionSeq: null,
    cancelledAt: null,
    removedAt: null,
    removedBy: null,
    reason: null,
    reviewedAt: null,
    reviewedBy: null,
    checkedInAt: null,
  };
}

export async function signUpAtomically(eventId: string, member: MemberDoc, rawAnswers: Answer[], now: Date): Promise<SignUpOutcome> {
  const regId = registrationIdOf(eventId, member._id);
  // Set when the member had a registration that ended by their own cancel: they may sign up again.
  let previous: RegistrationDoc | null = null;
  // The event as the fast path read it before the current attempt, and the answers checked against its form.
  let seen: EventDoc | null = null;
  let answers: StoredAnswer[] = [];
  for (;;) {
    try {
      return await inTransaction(
        async (tx) => {
          const predicted = seen!;
          const entry = { id: regId, q: quotaUnitOf(predicted.unitQuotas, member.unitPath) ?? '' };
          const guess = admit(seatRulesOf(predicted), predicted.seats, entry);
          let registration = newRegistration(predicted, member, answers, guess.state === 'full' ? 'waitlisted' : guess.state, now, previous);

          // One operation at a time: a transaction is one database session, and the real
          // (MongoDB-backed) service does not run a session's operations concurrently.
          if (previous) {
            // Read inside the transaction so a concurrent sign-up of the same member conflicts.
            const current = await tx.get<RegistrationDoc>('registrations', regId);
            if (current && isActiveState(current.state)) throw new AlreadyThere(predicted);
            const { _id, ...data } = registration;
            await tx.set('registrations', regId, data);
          } else {
            await tx.add('registrations', registration).catch((err: unknown) => {
              throw err instanceof DuplicateError ? new AlreadyThere(predicted) : err;
            });
          }
          if (predicted.oncePerKindPerYear) {
            const claim: ClaimDoc = { _id: claimIdOf(predicted.kind, registration.year, member._id), openid: member._id, kind: predicted.kind, year: registration.year, eventId, registrationId: regId, createdAt: now };
            await tx.add('event_claims', claim).catch((err: unknown) => {
              throw err instanceof DuplicateError ? new AppError('CONFLICT', `${EVENT_KIND_LABELS[predicted.kind]}每人每年只能报名一次，您今年已报名过`) : err;
            });
          }

          // The decision that counts: on the counter as this transaction reads it.
          const event = checkOpen(await tx.get<EventDoc>('events', eventId), member, now);
          if (event.oncePerKindPerYear !== predicted.oncePerKindPerYear || event.kind !== predicted.kind) throw new AppError('CONFLICT', '活动信息已变更，请刷新后重试');
          const admission = admit(seatRulesOf(event), event.seats, { id: regId, q: quotaUnitOf(event.unitQuotas, member.unitPath) ?? '' });
          if (admission.state === 'full') throw new Refusal('FULL', '名额和候补都已满', event);
          if (admission.state !== registration.state) {
            registration = newRegistration(event, member, answers, admission.state, now, previous);
            const { _id, ...data } = registration;
            await tx.set('registrations', regId, data);
          }
          await tx.update('events', eventId, { seats: command().set(admission.seats), updatedAt: now });
          return { registration, seats: admission.seats };
        },
        {
          beforeAttempt: async () => {
            seen = checkOpen(await findEvent(eventId), member, now);
            answers = checkedAnswers(seen, rawAnswers);
          },
        },
      );
    } catch (err) {
      if (err instanceof Refusal) {
        const existing = await findRegistration(regId);
        if (existing && isActiveState(existing.state)) return { registration: existing, seats: err.event.seats };
        throw new AppError(err.code, err.userMessage);
      }
      if (err instanceof AlreadyThere) {
        const existing = await findRegistration(regId);
        // Cancelled by the member: sign up again over the same id. Removed or rejected: that stands.
        if (existing && existing.state === 'cancelled' && !previous) {
          previous = existing;
          continue;
        }
        if (existing) return { registration: existing, seats: err.event.seats };
        previous = null;
        continue;
      }
      throw err;
    }
  }
}
