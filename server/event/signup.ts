/**
 * Sign-up, as the physical floor allows: one read of the event (form, eligibility, window, and the
 * counters to choose the likely outcome), one conditional update that wins a place, a waitlist slot
 * or a pending count (repos/seat-ledger.ts), and one insert of the registration under its
 * deterministic id. Nothing here grows with the rush: a thousand callers cost a thousand of each,
 * and the database decides who came first. When the insert finds the member already registered, the
 * slot just won is given back and the existing registration is the answer, so a retried call gets
 * the same result. A waiting member's position is one more read: their place in the line.
 *
 * Requests, usual path: member, event and the member's registration (the dispatcher reads them in
 * one), update, insert (+ line for the waitlisted, + claim for once-a-year events). A refusal or a
 * second tap is that one request: a member who is already in gets their registration back instead
 * of an error.
 */
import { EVENT_KIND_LABELS, isActiveState, type Answer, type SignupPhase } from '../../domain/contract/event-model';
import { AppError, type ErrorCode } from '../../domain/errors';
import { benefitYear, claimIdOf, eligibilityProblem, quotaUnitOf } from '../../domain/rules/eligibility';
import { checkAnswers } from '../../domain/rules/event-form';
import { planFor, quotaKey, type Plan } from '../../domain/rules/event-seats';
import { signupPhase } from '../../domain/rules/event-window';
import type { MemberDoc } from '../member/repos/members';
import { fillIfStuck, handOffPlace } from './handoff';
import { addClaim, dropClaim, findClaim, takeOverClaim } from './repos/claims';
import {
  cancelByOf,
  registrationIdOf,
  seatRulesOf,
  windowOf,
  type ClaimDoc,
  type EventDoc,
  type RegistrationDoc,
  type StoredAnswer,
} from './repos/docs';
import { findEvent } from './repos/events';
import { findRegistration } from './repos/registrations';
import { withCurrentCounters } from './recount';
import { addPending, claimPlace, joinWaitlist, leavePending, leaveWaitlist, type Ledger } from './repos/seat-ledger';
import { positionOf, type Waiter } from './repos/waitlist';
import { writeRegistration } from './signup-write';

export interface SignUpOutcome {
  registration: RegistrationDoc;
  /** 1-based place in line when waitlisted. */
  position: number | null;
  /** Members this call promoted on the way (a place it won and gave back went to the line). */
  promoted?: Waiter[];
}

const CLOSED_MESSAGES: Partial<Record<SignupPhase, string>> = {
  not_open: '报名尚未开始',
  closed: '报名已截止',
  ended: '活动已结束',
};

/** Refused for reasons of the event as it stands; settled after looking for the member's registration. */
class Refusal {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

const fullMessage = (e: EventDoc) => (e.waitlistSize > 0 ? '名额和候补都已满' : '名额已满');

/** What refuses a sign-up whatever the seats: missing, not aimed at the member, outside the window. */
function checkOpen(event: EventDoc | null, member: MemberDoc, now: Date): EventDoc | Refusal {
  if (!event || event.status === 'draft') throw new AppError('NOT_FOUND', '活动不存在或尚未发布');
  const ineligible = eligibilityProblem(event, member);
  if (ineligible) throw new AppError(ineligible.code, ineligible.message);
  const phase = signupPhase(windowOf(event), now.getTime());
  return phase === 'open' ? event : new Refusal('CLOSED', CLOSED_MESSAGES[phase] ?? '当前不能报名');
}

function checkedAnswers(event: EventDoc, raw: Answer[]): StoredAnswer[] {
  const checked = checkAnswers(event.fields, raw);
  if (!checked.ok) {
    throw new AppError(
      'BAD_REQUEST',
      checked.problems[0].message,
      checked.problems.map((p) => ({ path: ['answers', p.path], message: p.message })),
    );
  }
  return checked.answers.map((a) => {
    const f = event.fields.find((x) => x.id === a.fieldId)!;
    return { ...a, label: f.label, type: f.type };
  });
}

/** What the dispatcher read with the member (undefined: not read, read it here). */
export interface SignUpPrefetch {
  event?: EventDoc | null;
  registration?: RegistrationDoc | null;
}

const answerWith = async (existing: RegistrationDoc): Promise<SignUpOutcome> => ({
  registration: existing,
  position: existing.state === 'waitlisted' ? await positionOf(existing) : null,
});

/** The member already in gets their registration back; anyone else the refusal. */
async function refuse(regId: string, why: Refusal, known: RegistrationDoc | null | undefined): Promise<SignUpOutcome> {
  const existing = known !== undefined ? known : await findRegistration(regId);
  if (existing && isActiveState(existing.state)) return answerWith(existing);
  throw new AppError(why.code, why.message);
}

/**
 * The once-a-year benefit, claimed before any place is taken. 'new' when this call claimed it (to
 * drop if the sign-up does not happen), 'held' when this registration already holds it.
 */
async function claimBenefit(event: EventDoc, member: MemberDoc, regId: string, now: Date): Promise<'new' | 'held'> {
  const year = benefitYear(new Date(event.startsAt).getTime());
  const claim: ClaimDoc = {
    _id: claimIdOf(event.kind, year, member._id),
    openid: member._id,
    kind: event.kind,
    year,
    eventId: event._id,
    registrationId: regId,
    createdAt: now,
  };
  const refused = new AppError('CONFLICT', `${EVENT_KIND_LABELS[event.kind]}每人每年只能报名一次，您今年已报名过`);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await addClaim(claim)) return 'new';
    const held = await findClaim(claim._id);
    if (!held) continue;
    if (held.registrationId === regId) return 'held';
    // Held for another registration: it counts only while that registration lives.
    const other = await findRegistration(held.registrationId);
    if (other && isActiveState(other.state)) throw refused;
    const { _id, ...next } = claim;
    if (await takeOverClaim(claim._id, held.registrationId, next)) return 'new';
  }
  throw refused;
}

/** Gives back what this call won when its registration turned out to exist already. */
async function giveBack(l: Ledger, won: Exclude<Plan, 'full'>, key: string, event: EventDoc): Promise<Waiter[]> {
  if (won === 'confirmed') return handOffPlace(l, key, event, null);
  if (won === 'waitlisted') await leaveWaitlist(l, key);
  else if (won === 'pending') await leavePending(l);
  return [];
}

/**
 * Tries the likely outcome, then the other one, once each: a place, else a slot in line (or the
 * other way round when the read said the places were gone). When both fail the event was full at
 * both instants, which is the answer: a crowd that read the same counters costs two updates each.
 */
async function win(l: Ledger, plan: Plan, key: string): Promise<Exclude<Plan, 'full'> | null> {
  if (plan === 'pending') return (await addPending(l, { signup: true })) ? 'pending' : null;
  const order: ('confirmed' | 'waitlisted')[] =
    plan === 'waitlisted' ? ['waitlisted', 'confirmed'] : ['confirmed', 'waitlisted'];
  for (const next of order) {
    if (next === 'confirmed' && (await claimPlace(l, key, { signup: true }))) return 'confirmed';
    if (next === 'waitlisted' && l.rules.waitlistSize > 0 && (await joinWaitlist(l, key, { signup: true })))
      return 'waitlisted';
  }
  return null;
}

export async function signUp(
  eventId: string,
  member: MemberDoc,
  rawAnswers: Answer[],
  now: Date,
  prefetched: SignUpPrefetch = {},
): Promise<SignUpOutcome> {
  const regId = registrationIdOf(eventId, member._id);
  const found = prefetched.event !== undefined ? prefetched.event : await findEvent(eventId);
  const checked = checkOpen(found, member, now);
  const known = prefetched.registration;
  if (checked instanceof Refusal) return refuse(regId, checked, known);
  // Already in (a second tap, a retry after a lost answer): the same registration, nothing taken.
  if (known && isActiveState(known.state)) return answerWith(known);
  const event = await withCurrentCounters(checked);
  const answers = checkedAnswers(event, rawAnswers);
  const rules = seatRulesOf(event);
  const quotaUnitId = quotaUnitOf(event.unitQuotas, member.unitPath) ?? '';
  const key = quotaKey(quotaUnitId);
  const plan = planFor(rules, event.seats, key);
  if (plan === 'full') return refuse(regId, new Refusal('FULL', fullMessage(event)), known);

  const claim = event.oncePerKindPerYear ? await claimBenefit(event, member, regId, now) : null;
  const l: Ledger = { eventId, rules, now };
  const won = await win(l, plan, key);
  if (!won) {
    if (claim === 'new')
      await dropClaim(claimIdOf(event.kind, benefitYear(new Date(event.startsAt).getTime()), member._id), regId);
    return refuse(regId, new Refusal('FULL', fullMessage(event)), known);
  }
  let written: Awaited<ReturnType<typeof writeRegistration>>;
  try {
    written = await writeRegistration({
      event,
      member,
      answers,
      state: won,
      quotaUnitId,
      cancelBy: cancelByOf(event),
      now,
    });
  } catch (err) {
    await giveBack(l, won, key, event);
    throw err;
  }
  if ('existing' in written) {
    const promoted = await giveBack(l, won, key, event);
    const existing = written.existing;
    if (claim === 'new' && !isActiveState(existing.state))
      await dropClaim(claimIdOf(event.kind, existing.year, member._id), regId);
    return { ...(await answerWith(existing)), promoted };
  }
  // A place free for the line with nobody filling it (a filler that died): this call fills it.
  return { ...written, promoted: await fillIfStuck(event, now) };
}
