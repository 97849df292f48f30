/** Stored documents → what the eventAdmin contract promises (epoch ms, links instead of file ids). */
import type {
  CheckinOutcome,
  EventScope,
  ManagedEvent,
  ProofImage,
  ReviewAnswer,
  ReviewItem,
  RosterEvent,
  RosterRow,
} from '../../domain/contract/event-admin-model';
import { placesLeft } from '../../domain/rules/event-seats';
import { seatRulesOf, type EventDoc, type RegistrationDoc, type StoredAnswer } from './repos/docs';
import { msOrNull } from '../lib/time';
import { seatStats } from './seat-stats';
import { toRegistrant } from './views';
import { isUploadOf } from '../lib/storage';

/** The heading of a roster; a managed event's card starts from the same fields. */
export function toRosterEvent(e: EventDoc): RosterEvent {
  return {
    id: e._id,
    kind: e.kind,
    title: e.title,
    startsAt: msOrNull(e.startsAt) ?? 0,
    endsAt: msOrNull(e.endsAt) ?? 0,
    needsReview: e.needsReview,
  };
}

export function toManagedEvent(e: EventDoc, scope: EventScope): ManagedEvent {
  return {
    ...toRosterEvent(e),
    place: e.place,
    status: e.status,
    capacity: e.capacity,
    seats: seatStats(e),
    ownerUnitName: e.ownerUnitName,
    scope,
  };
}

/**
 * The proof images of a registration that its own member uploaded (the path names them). Anything
 * else (a file id stored before uploads were checked) is never signed: a link made with the
 * function's rights must not open someone else's file.
 */
export const imageAnswers = (answers: StoredAnswer[], owner: string): StoredAnswer[] =>
  answers.filter((a) => a.type === 'image' && typeof a.value === 'string' && isUploadOf(a.value, owner, 'proof'));

export function proofsOf(answers: StoredAnswer[], owner: string, urls: Map<string, string>): ProofImage[] {
  return imageAnswers(answers, owner).map((a) => ({
    fieldId: a.fieldId,
    label: a.label,
    url: urls.get(String(a.value)) ?? '',
  }));
}

export const textAnswers = (answers: StoredAnswer[]): ReviewAnswer[] =>
  answers.filter((a) => a.type !== 'image').map((a) => ({ label: a.label, value: String(a.value) }));

export function toReviewItem(reg: RegistrationDoc, event: EventDoc | undefined, urls: Map<string, string>): ReviewItem {
  return {
    registrationId: reg._id,
    event: {
      id: reg.eventId,
      kind: event?.kind ?? reg.kind,
      title: event?.title ?? '',
      capacity: event?.capacity ?? null,
      placesLeft: event ? placesLeft(seatRulesOf(event), event.seats) : null,
    },
    name: reg.name,
    employeeNo: reg.employeeNo,
    unitName: reg.unitName,
    signedUpAt: msOrNull(reg.signedUpAt) ?? 0,
    answers: textAnswers(reg.answers ?? []),
    proofs: proofsOf(reg.answers ?? [], reg.openid, urls),
  };
}

export function toRosterRow(reg: RegistrationDoc, positions: Map<string, number>): RosterRow {
  return { ...toRegistrant(reg, positions.get(reg._id) ?? null), checkedInAt: msOrNull(reg.checkedInAt) };
}

export function toCheckinOutcome(
  reg: RegistrationDoc,
  checkedInAt: Date,
  already: boolean,
  checkedIn: number,
  confirmed: number,
): CheckinOutcome {
  return {
    registrationId: reg._id,
    name: reg.name,
    employeeNo: reg.employeeNo,
    unitName: reg.unitName,
    checkedInAt: checkedInAt.getTime(),
    already,
    checkedIn,
    confirmed,
  };
}
