/** Stored documents → what the contract promises (epoch ms, no internals). */
import type {
  AdminEvent,
  AdminEventItem,
  Answer,
  EventDetail,
  EventSummary,
  MyRegistration,
  RegistrantRow,
  RegistrationRow,
} from '../../domain/contract/event-model';
import { placesLeft, waitlistLeft } from '../../domain/rules/event-seats';
import { canCancelAt, signupPhase } from '../../domain/rules/event-window';
import { seatStats } from './seat-stats';
import {
  scheduleOf,
  seatRulesOf,
  windowOf,
  type EventDoc,
  type RegistrationDoc,
  type StoredAnswer,
} from './repos/docs';
import { msOrNull } from '../lib/time';

const plainAnswers = (answers: StoredAnswer[]): Answer[] =>
  answers.map((a) => ({ fieldId: a.fieldId, value: a.value }));

/** What an organizer's list says for an image: never its file id (proofs come as temporary links, from eventAdmin.getProofs). */
export const IMAGE_PLACEHOLDER = '[图片]';

const listedAnswers = (answers: StoredAnswer[]): Answer[] =>
  answers.map((a) => ({ fieldId: a.fieldId, value: a.type === 'image' ? IMAGE_PLACEHOLDER : a.value }));

/** A registration and, when it waits, its place in line (repos/waitlist.ts counts it). */
export function toMyRegistration(reg: RegistrationDoc, position: number | null): MyRegistration {
  return {
    id: reg._id,
    state: reg.state,
    position: reg.state === 'waitlisted' ? position : null,
    signedUpAt: msOrNull(reg.signedUpAt) ?? 0,
    promotedAt: msOrNull(reg.promotedAt),
    reason: reg.reason ?? null,
    checkedInAt: msOrNull(reg.checkedInAt),
    answers: plainAnswers(reg.answers ?? []),
  };
}

export function toSummary(
  e: EventDoc,
  mine: Pick<RegistrationDoc, '_id' | 'state'> | null,
  now: Date,
  position: number | null = null,
): EventSummary {
  const s = scheduleOf(e);
  const rules = seatRulesOf(e);
  return {
    id: e._id,
    kind: e.kind,
    title: e.title,
    place: e.place,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    signupOpensAt: s.signupOpensAt,
    signupClosesAt: s.signupClosesAt,
    phase: signupPhase(windowOf(e), now.getTime()),
    capacity: e.capacity,
    placesLeft: placesLeft(rules, e.seats),
    waitlistLeft: waitlistLeft(rules, e.seats),
    needsReview: e.needsReview,
    mine: mine ? { state: mine.state, position: mine.state === 'waitlisted' ? position : null } : null,
  };
}

export function toDetail(e: EventDoc, reg: RegistrationDoc | null, now: Date, position: number | null): EventDetail {
  return {
    ...toSummary(e, reg, now, position),
    description: e.description,
    cancelDeadline: msOrNull(e.cancelDeadline) ?? 0,
    canCancel: canCancelAt(windowOf(e), now.getTime()),
    fields: e.fields,
    waitlistSize: e.waitlistSize,
    oncePerKindPerYear: e.oncePerKindPerYear,
    registration: reg ? toMyRegistration(reg, position) : null,
    studyHours: e.studyHours ?? null,
  };
}

export function toAdminItem(e: EventDoc, now: Date): AdminEventItem {
  return {
    id: e._id,
    kind: e.kind,
    title: e.title,
    status: e.status,
    phase: signupPhase(windowOf(e), now.getTime()),
    startsAt: msOrNull(e.startsAt) ?? 0,
    signupClosesAt: msOrNull(e.signupClosesAt) ?? 0,
    capacity: e.capacity,
    seats: seatStats(e),
    ownerUnitName: e.ownerUnitName,
  };
}

export function toAdminEvent(e: EventDoc, now: Date): AdminEvent {
  return {
    id: e._id,
    ...scheduleOf(e),
    kind: e.kind,
    title: e.title,
    description: e.description,
    place: e.place,
    capacity: e.capacity,
    waitlistSize: e.waitlistSize,
    needsReview: e.needsReview,
    audienceUnits: e.audienceUnits,
    audienceRoles: e.audienceRoles,
    fields: e.fields,
    oncePerKindPerYear: e.oncePerKindPerYear,
    unitQuotas: e.unitQuotas,
    studyHours: e.studyHours ?? null,
    status: e.status,
    phase: signupPhase(windowOf(e), now.getTime()),
    ownerUnitId: e.ownerUnitId,
    seats: seatStats(e),
    locked: e.status !== 'draft',
  };
}

/** The registrant part every organizer list shows; `position` counts only while waitlisted. */
export function toRegistrant(reg: RegistrationDoc, position: number | null): RegistrantRow {
  return {
    id: reg._id,
    name: reg.name,
    employeeNo: reg.employeeNo,
    unitName: reg.unitName,
    state: reg.state,
    position: reg.state === 'waitlisted' ? position : null,
    signedUpAt: msOrNull(reg.signedUpAt) ?? 0,
  };
}

export function toRow(reg: RegistrationDoc, position: number | null): RegistrationRow {
  return { ...toRegistrant(reg, position), reason: reg.reason ?? null, answers: listedAnswers(reg.answers ?? []) };
}
