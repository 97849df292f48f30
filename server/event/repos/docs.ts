/**
 * How events, registrations and once-a-year claims are stored. Dates are Dates here; the views turn
 * them into epoch ms for the wire.
 */
import type { Answer, EventKind, EventStatus, FieldType, FormField, RegistrationState, UnitQuota } from '../../../domain/contract/event-model';
import type { Role } from '../../../domain/roles';
import type { SeatRules, Seats } from '../../../domain/rules/event-seats';
import type { EventSchedule } from '../../../domain/rules/event-window';
import type { StudyCredit } from '../../../domain/rules/training-subjects';

export interface EventDoc {
  _id: string;
  kind: EventKind;
  title: string;
  description: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  signupOpensAt: Date;
  signupClosesAt: Date;
  cancelDeadline: Date;
  /** null = unlimited. */
  capacity: number | null;
  /** 0 = no waitlist. */
  waitlistSize: number;
  needsReview: boolean;
  audienceUnits: string[];
  audienceRoles: Role[];
  fields: FormField[];
  oncePerKindPerYear: boolean;
  unitQuotas: UnitQuota[];
  status: EventStatus;
  /** The unit that runs the event (its creator's): organizers of that unit's subtree manage it. */
  ownerUnitId: string;
  ownerUnitPath: string[];
  /** Kept beside the id so organizer lists need no units read. */
  ownerUnitName: string;
  /**
   * The event's counter document lives in the event itself: every sign-up, cancel and removal
   * rewrites it in one transaction with the registration, so capacity and waitlist order are atomic.
   */
  seats: Seats;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
  closedAt?: Date;
  /** 培训 / 会议 (issue 20): the hours a check-in credits to the member's training ledger. */
  studyHours?: StudyCredit | null;
}

/** An answer kept with its question, so a later form can be pre-filled without reading old events. */
export interface StoredAnswer extends Answer {
  label: string;
  type: FieldType;
}

export interface RegistrationDoc {
  /** `${eventId}_${openid}`: one per event and member, so a second sign-up can never add a second. */
  _id: string;
  eventId: string;
  openid: string;
  kind: EventKind;
  /** The benefit year (once-a-year rule) the registration counts for. */
  year: number;
  /** Member snapshot at sign-up, for rosters and review without a members read per row. */
  name: string;
  employeeNo: string;
  unitId: string;
  unitPath: string[];
  unitName: string;
  /** The quota unit the member counts against ('' = none). */
  quotaUnitId: string;
  state: RegistrationState;
  answers: StoredAnswer[];
  /** Whether this registration holds the member's once-a-year claim (to release it when it ends). */
  claimed: boolean;
  /** First sign-up ever for this event. */
  createdAt: Date;
  /** The latest sign-up (a member who cancelled may sign up again). */
  signedUpAt: Date;
  updatedAt: Date;
  confirmedAt: Date | null;
  /** Moved from the waitlist to a place: when, and the event's promotion sequence number. */
  promotedAt: Date | null;
  promotionSeq: number | null;
  cancelledAt: Date | null;
  removedAt: Date | null;
  removedBy: string | null;
  /** Shown to the member: why an organizer removed it, or why review rejected it. */
  reason: string | null;
  /** Review (issue 8) fills these. */
  reviewedAt: Date | null;
  reviewedBy: string | null;
  checkedInAt: Date | null;
  /** The organizer who scanned the member's code (issue 8; absent on registrations never checked in). */
  checkedInBy?: string | null;
}

export interface ClaimDoc {
  /** `${kind}_${year}_${openid}` (rules/eligibility.claimIdOf). */
  _id: string;
  openid: string;
  kind: EventKind;
  year: number;
  eventId: string;
  registrationId: string;
  createdAt: Date;
}

export const registrationIdOf = (eventId: string, openid: string): string => `${eventId}_${openid}`;

/** The member's openid from a registration id (event ids never contain `_`). */
export const openidOfRegistration = (registrationId: string): string => registrationId.slice(registrationId.indexOf('_') + 1);
export const eventIdOfRegistration = (registrationId: string): string => registrationId.slice(0, Math.max(0, registrationId.indexOf('_')));

export const seatRulesOf = (e: EventDoc): SeatRules => ({
  capacity: e.capacity,
  waitlistSize: e.waitlistSize,
  needsReview: e.needsReview,
  unitQuotas: e.unitQuotas,
});


export const scheduleOf = (e: EventDoc): EventSchedule => ({
  startsAt: new Date(e.startsAt).getTime(),
  endsAt: new Date(e.endsAt).getTime(),
  signupOpensAt: new Date(e.signupOpensAt).getTime(),
  signupClosesAt: new Date(e.signupClosesAt).getTime(),
  cancelDeadline: new Date(e.cancelDeadline).getTime(),
});

/** The event's window fields as numbers, with its status: what rules/event-window takes. */
export const windowOf = (e: EventDoc) => ({ status: e.status, ...scheduleOf(e) });
