/**
 * How events, registrations and once-a-year claims are stored. Dates are Dates here; the views turn
 * them into epoch ms for the wire.
 */
import type {
  Answer,
  EventKind,
  EventStatus,
  FieldType,
  FormField,
  RegistrationState,
  UnitQuota,
} from '../../../domain/contract/event-model';
import type { Role } from '../../../domain/roles';
import type { SeatRules, Seats } from '../../../domain/rules/event-seats';
import type { EventSchedule } from '../../../domain/rules/event-window';
import type { WithOutbox } from '../../lib/outbox';
import type { MemberSnapshot } from '../../member/snapshot';
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
   * The event's seat counters (rules/event-seats.ts), changed only by single conditional updates
   * (repos/seat-ledger.ts). The waitlist's order is not here: it is the waiting registrations' waitKey.
   */
  seats: Seats;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Bumped by every organizer change: two edits at once never both pass their checks. */
  rev?: number;
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

/** What a registration promises to tell its member (server/event/notices.ts renders and sends it). */
export type EventIntent =
  | { type: 'promoted' }
  | { type: 'review'; decision: 'confirmed' | 'waitlisted' | 'rejected'; reason: string | null }
  | { type: 'removed'; reason: string | null };

/** The member is copied in at sign-up (MemberSnapshot), for rosters and review without a members read per row. */
export interface RegistrationDoc extends WithOutbox<EventIntent>, MemberSnapshot {
  /** `${eventId}_${openid}`: one per event and member, so a second sign-up can never add a second. */
  _id: string;
  eventId: string;
  openid: string;
  kind: EventKind;
  /** The benefit year (once-a-year rule) the registration counts for. */
  year: number;
  /** The quota unit the member counts against ('' = none). */
  quotaUnitId: string;
  /** Whether the event has unit quotas (fixed once published): a freed place then needs the event's counts. */
  underQuotas?: boolean;
  state: RegistrationState;
  /** Which sign-up this is: 1, then one more each time the member signs up again after cancelling. */
  round?: number;
  /** The database's clock when this sign-up joined the waitlist: the line's order (then `_id`). */
  waitKey?: Date | null;
  /** The member may cancel until then (the event's cancel deadline or end, whichever is first). */
  cancelBy?: Date;
  answers: StoredAnswer[];
  /** Whether this registration holds the member's once-a-year claim (to release it when it ends). */
  claimed: boolean;
  /** First sign-up ever for this event. */
  createdAt: Date;
  /** The latest sign-up (a member who cancelled may sign up again). */
  signedUpAt: Date;
  updatedAt: Date;
  confirmedAt: Date | null;
  /** Moved from the waitlist to a place: when, and which sign-up (round) was promoted. */
  promotedAt: Date | null;
  promotionSeq: number | null;
  cancelledAt: Date | null;
  removedAt: Date | null;
  removedBy: string | null;
  /** Shown to the member: why an organizer removed it, or why review rejected it. */
  reason: string | null;
  /** Review (issue 8) fills these. */
  reviewedAt: Date | null;
  /** An organizer deciding it right now (a short lease, so two approvals never both take a place). */
  reviewing?: { by: string; until: Date } | null;
  reviewedBy: string | null;
  checkedInAt: Date | null;
  /** The organizer who scanned the member's code (issue 8; absent on registrations never checked in). */
  checkedInBy?: string | null;
  /** The 报名码 last shown to the member, and the generation it belongs to (written when first shown). */
  signupCode?: string;
  signupCodeRound?: number;
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
export const openidOfRegistration = (registrationId: string): string =>
  registrationId.slice(registrationId.indexOf('_') + 1);
export const eventIdOfRegistration = (registrationId: string): string =>
  registrationId.slice(0, Math.max(0, registrationId.indexOf('_')));

/** The registration's sign-up round (documents written before rounds existed count as 1). */
export const roundOf = (r: Pick<RegistrationDoc, 'round'>): number => r.round ?? 1;

/** Until when a member may cancel: the earlier of the cancel deadline and the event's end. */
export const cancelByOf = (e: Pick<EventDoc, 'cancelDeadline' | 'endsAt'>): Date =>
  new Date(Math.min(new Date(e.cancelDeadline).getTime(), new Date(e.endsAt).getTime()));

export const seatRulesOf = (
  e: Pick<EventDoc, 'capacity' | 'waitlistSize' | 'needsReview' | 'unitQuotas'>,
): SeatRules => ({
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
