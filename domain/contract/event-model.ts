/**
 * The welfare-event model both sides share: kinds, form fields, registration states and the views
 * the actions return. No zod here, so pages can import the constants (labels) without shipping the
 * schemas to the phone; the schemas live in ./event.ts.
 */
import type { Role } from '../roles';
import type { StudyCredit } from '../rules/training-subjects';
import type { UnitOption } from './common';

export const EVENT_KINDS = ['summer_cooling', 'autumn_aid', 'winter_warmth', 'general', 'training', 'meeting'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  summer_cooling: '夏送清凉',
  autumn_aid: '金秋助学',
  winter_warmth: '冬送温暖',
  general: '普通活动',
  training: '培训',
  meeting: '会议（以会代训）',
};

/** Kinds whose attendance earns study hours (issue 20): they carry `studyHours`, credited at check-in. */
export const TRAINING_KINDS: readonly EventKind[] = ['training', 'meeting'];
export const isTrainingKind = (k: EventKind): boolean => TRAINING_KINDS.includes(k);

/** draft: only organizers see it; published: open to its audience; closed: sign-up stopped for good. */
export const EVENT_STATUSES = ['draft', 'published', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  draft: '草稿',
  published: '已发布',
  closed: '已关闭',
};

export const FIELD_TYPES = ['text', 'number', 'choice', 'date', 'image'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: '文字',
  number: '数字',
  choice: '单选',
  date: '日期',
  image: '图片',
};

/** One custom question on an event's sign-up form. */
export interface FormField {
  /** Stable within the event (`f1`, `f2`...): answers refer to it. */
  id: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** For `choice` only: the options, in order. */
  options?: string[];
  /** A hint under the field, e.g. 请上传子女录取通知书. */
  hint?: string;
}

/**
 * An answer: text, choice (the option text), date (YYYY-MM-DD) and image (the uploaded file's
 * cloud fileID) are strings; number is a number.
 */
export type AnswerValue = string | number;

export interface Answer {
  fieldId: string;
  value: AnswerValue;
}

/** A quota: at most `limit` places go to members of `unitId`'s subtree. */
export interface UnitQuota {
  unitId: string;
  limit: number;
}

/**
 * Registration states. pending (events that need review: holds no place until approved),
 * confirmed (holds a place), waitlisted (in line for one), and the three that ended it: cancelled
 * (by the member), removed (by an organizer, with a reason), rejected (by review).
 */
export const REGISTRATION_STATES = ['pending', 'confirmed', 'waitlisted', 'cancelled', 'removed', 'rejected'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** States in which the member is still signed up (a second sign-up returns the registration). */
export const ACTIVE_STATES: readonly RegistrationState[] = ['pending', 'confirmed', 'waitlisted'];
export const isActiveState = (s: RegistrationState): boolean => ACTIVE_STATES.includes(s);

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  pending: '待审核',
  confirmed: '已确认',
  waitlisted: '候补中',
  cancelled: '已取消',
  removed: '已移除',
  rejected: '未通过',
};

/** Where the event stands for sign-up, from the server's clock (see rules/event-window.ts). */
export type SignupPhase = 'draft' | 'not_open' | 'open' | 'closed' | 'ended';

export const SIGNUP_PHASE_LABELS: Record<SignupPhase, string> = {
  draft: '未发布',
  not_open: '未开始报名',
  open: '报名中',
  closed: '报名已截止',
  ended: '已结束',
};

/** A member's own registration, as they see it. */
export interface MyRegistration {
  /** Also the member's registration code until the signed QR code arrives. */
  id: string;
  state: RegistrationState;
  /** 1-based place in the waitlist; null unless waitlisted. */
  position: number | null;
  /** Epoch ms. */
  signedUpAt: number;
  /** Set when the member was moved from the waitlist to a place (epoch ms). */
  promotedAt: number | null;
  /** Why an organizer removed (or review rejected) the registration. */
  reason: string | null;
  /** Epoch ms, once checked in at the event. */
  checkedInAt: number | null;
  answers: Answer[];
}

/** What an event card shows a member. All times epoch ms. */
export interface EventSummary {
  id: string;
  kind: EventKind;
  title: string;
  place: string;
  startsAt: number;
  endsAt: number;
  signupOpensAt: number;
  signupClosesAt: number;
  phase: SignupPhase;
  /** null = unlimited. */
  capacity: number | null;
  /** null = unlimited. */
  placesLeft: number | null;
  /** 0 when the waitlist is off or full. */
  waitlistLeft: number;
  needsReview: boolean;
  mine: { state: RegistrationState; position: number | null } | null;
}

export interface EventDetail extends EventSummary {
  description: string;
  cancelDeadline: number;
  canCancel: boolean;
  fields: FormField[];
  waitlistSize: number;
  oncePerKindPerYear: boolean;
  /** The full registration of the caller (any state), or null. */
  registration: MyRegistration | null;
  /** 培训 / 会议: the hours a check-in earns. */
  studyHours: StudyCredit | null;
}

/** The sign-up page: the form and the caller's previous answers matched to it. */
export interface SignupForm {
  event: EventSummary;
  fields: FormField[];
  /** Previous answers (by field label and type) from the member's latest registrations. */
  prefill: Answer[];
}

/** One row of "my registrations". */
export interface MyRegistrationItem extends MyRegistration {
  event: {
    id: string;
    kind: EventKind;
    title: string;
    place: string;
    startsAt: number;
    cancelDeadline: number;
    canCancel: boolean;
  };
}

/** What an organizer edits. Times epoch ms. */
export interface EventDraft {
  kind: EventKind;
  title: string;
  description: string;
  place: string;
  startsAt: number;
  endsAt: number;
  signupOpensAt: number;
  signupClosesAt: number;
  /** Last moment a member may cancel; defaults to the start. */
  cancelDeadline: number;
  /** null = unlimited. */
  capacity: number | null;
  /** 0 = no waitlist. */
  waitlistSize: number;
  needsReview: boolean;
  audienceUnits: string[];
  /** Empty = every role. */
  audienceRoles: Role[];
  fields: FormField[];
  oncePerKindPerYear: boolean;
  unitQuotas: UnitQuota[];
  /** 培训 / 会议 only: the study hours a member earns when checked in. */
  studyHours?: StudyCredit | null;
}

/** Seat counts an organizer watches. */
export interface SeatStats {
  confirmed: number;
  pending: number;
  waitlisted: number;
  placesLeft: number | null;
  promotions: number;
}

export interface AdminEventItem {
  id: string;
  kind: EventKind;
  title: string;
  status: EventStatus;
  phase: SignupPhase;
  startsAt: number;
  signupClosesAt: number;
  capacity: number | null;
  seats: SeatStats;
  ownerUnitName: string;
}

export interface AdminEvent extends EventDraft {
  id: string;
  status: EventStatus;
  phase: SignupPhase;
  ownerUnitId: string;
  seats: SeatStats;
  /** Fields fixed once published (kind, review, form, eligibility rules). */
  locked: boolean;
}

/** A unit an organizer may aim at or set a quota for. */
export type { UnitOption };

export interface EditorData {
  event: AdminEvent | null;
  units: UnitOption[];
}

/** Who signed up and where they stand: what every organizer's list of registrations shows. */
export interface RegistrantRow {
  id: string;
  name: string;
  employeeNo: string;
  unitName: string;
  state: RegistrationState;
  /** 1-based place in the waitlist; null unless waitlisted. */
  position: number | null;
  signedUpAt: number;
}

/** One registration in the organizer's list. */
export interface RegistrationRow extends RegistrantRow {
  reason: string | null;
  answers: Answer[];
}
