/**
 * A registration as a sign-up first writes it: the one constructor, used by the sign-up and by the
 * demo seeds, so a seeded registration is exactly what the product would have written.
 */
import { benefitYear } from '../../domain/rules/eligibility';
import type { Plan } from '../../domain/rules/event-seats';
import type { MemberDoc } from '../member/repos/members';
import { snapshotOf } from '../member/snapshot';
import { registrationIdOf, type EventDoc, type RegistrationDoc, type StoredAnswer } from './repos/docs';

export interface NewSignUp {
  event: EventDoc;
  member: MemberDoc;
  answers: StoredAnswer[];
  state: Exclude<Plan, 'full'>;
  quotaUnitId: string;
  cancelBy: Date;
  now: Date;
}

export function newRegistration(s: NewSignUp): RegistrationDoc {
  const { event, member, now } = s;
  return {
    _id: registrationIdOf(event._id, member._id),
    eventId: event._id,
    openid: member._id,
    kind: event.kind,
    year: benefitYear(new Date(event.startsAt).getTime()),
    ...snapshotOf(member),
    quotaUnitId: s.quotaUnitId,
    underQuotas: event.unitQuotas.length > 0,
    state: s.state,
    round: 1,
    waitKey: null,
    cancelBy: s.cancelBy,
    answers: s.answers,
    claimed: event.oncePerKindPerYear,
    createdAt: now,
    signedUpAt: now,
    updatedAt: now,
    confirmedAt: s.state === 'confirmed' ? now : null,
    promotedAt: null,
    promotionSeq: null,
    cancelledAt: null,
    removedAt: null,
    removedBy: null,
    reason: null,
    reviewedAt: null,
    reviewedBy: null,
    checkedInAt: null,
    checkedInBy: null,
  };
}
