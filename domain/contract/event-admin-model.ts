/**
 * What organizers see when they review, check in and export, and the member's check-in code. No
 * zod here, so pages can import the labels without shipping the schemas; those are in
 * ./event-admin.ts.
 */
import type { Paged } from './common';
import type { EventKind, EventStatus, RegistrantRow, RegistrationState, SeatStats } from './event-model';

/** Roster filters: registration states, and confirmed split by whether they came. */
export const ROSTER_FILTERS = [
  'all',
  'confirmed',
  'checked_in',
  'not_checked_in',
  'waitlisted',
  'pending',
  'ended',
] as const;
export type RosterFilter = (typeof ROSTER_FILTERS)[number];

export const ROSTER_FILTER_LABELS: Record<RosterFilter, string> = {
  all: '全部',
  confirmed: '已确认',
  checked_in: '已签到',
  not_checked_in: '未签到',
  waitlisted: '候补',
  pending: '待审核',
  ended: '已取消/移除',
};

export const REVIEW_DECISIONS = ['approve', 'reject'] as const;

/**
 * How much of an event an organizer sees: all of it (they manage the unit that runs it, or they
 * are an admin) or only their own unit's subtree (an event run above them and aimed at their unit).
 */
export type EventScope = 'event' | 'unit';

/** An event in the organizer's review / check-in / roster list. Times epoch ms. */
export interface ManagedEvent {
  id: string;
  kind: EventKind;
  title: string;
  place: string;
  status: EventStatus;
  startsAt: number;
  endsAt: number;
  needsReview: boolean;
  capacity: number | null;
  seats: SeatStats;
  ownerUnitName: string;
  scope: EventScope;
}

/** A proof image, as a short-lived link (never the file's id). */
export interface ProofImage {
  fieldId: string;
  label: string;
  /** cloud.getTempFileURL link; '' if the file is gone. */
  url: string;
}

/** One answer of a sign-up form as text (images are listed as proofs instead). */
export interface ReviewAnswer {
  label: string;
  value: string;
}

/** A pending application in the review queue. */
export interface ReviewItem {
  registrationId: string;
  event: { id: string; kind: EventKind; title: string; capacity: number | null; placesLeft: number | null };
  name: string;
  employeeNo: string;
  unitName: string;
  /** Epoch ms. */
  signedUpAt: number;
  answers: ReviewAnswer[];
  proofs: ProofImage[];
}

export interface ReviewOutcome {
  registrationId: string;
  state: RegistrationState;
  reason: string | null;
  placesLeft: number | null;
  /** False when the registration had already been decided this way (a repeated tap): nothing changed. */
  changed: boolean;
}

export interface Proofs {
  registrationId: string;
  images: ProofImage[];
}

export interface CheckinOutcome {
  registrationId: string;
  name: string;
  employeeNo: string;
  unitName: string;
  /** Epoch ms: now, or when they were first checked in. */
  checkedInAt: number;
  /** They had already been checked in: this scan changed nothing. */
  already: boolean;
  /** The event's running count. */
  checkedIn: number;
  confirmed: number;
}

export interface RosterRow extends RegistrantRow {
  checkedInAt: number | null;
}

/** Counts of one unit, its whole subtree included. */
export interface UnitCounts {
  unitId: string;
  name: string;
  level: 1 | 2 | 3;
  parentId: string | null;
  confirmed: number;
  checkedIn: number;
  waitlisted: number;
  pending: number;
}

/** The event a roster belongs to, as its heading shows it. */
export type RosterEvent = Pick<ManagedEvent, 'id' | 'kind' | 'title' | 'startsAt' | 'endsAt' | 'needsReview'>;

export interface Roster extends Paged<RosterRow> {
  event: RosterEvent;
  scope: EventScope;
  /** The subtree shown (null = the whole event). */
  unitId: string | null;
  filter: RosterFilter;
  /** Units with registrations in scope (and their ancestors within it), counts rolled up the tree, parents first. */
  units: UnitCounts[];
}

export interface RosterExport {
  /** A temporary download link (about an hour). */
  url: string;
  fileName: string;
  /** Epoch ms. */
  expiresAt: number;
  full: boolean;
  counts: { confirmed: number; waitlisted: number; checkedIn: number; notCheckedIn: number };
}

/** The member's check-in code for one event. */
export interface CheckinCode {
  eventId: string;
  registrationId: string;
  state: RegistrationState;
  reason: string | null;
  /** The signed token to show as a QR code; null unless the registration holds a place. */
  token: string | null;
  /** The 报名码 to read out when the QR code cannot be scanned; null with no token. */
  signupCode: string | null;
  /** Epoch ms; null with no token. */
  expiresAt: number | null;
  checkedInAt: number | null;
  name: string;
  event: { id: string; kind: EventKind; title: string; place: string; startsAt: number; endsAt: number };
}
