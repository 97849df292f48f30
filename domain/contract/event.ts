import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zMillis, zOptionalText, zPage, zText, type Paged } from './common';
import { ROLES } from '../roles';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  FIELD_TYPES,
  REGISTRATION_STATES,
  isTrainingKind,
  type AdminEvent,
  type AdminEventItem,
  type EditorData,
  type EventDetail,
  type EventSummary,
  type MyRegistration,
  type MyRegistrationItem,
  type RegistrationRow,
  type SignupForm,
} from './event-model';
import type { CheckinCode } from './event-admin-model';
import { scheduleProblem } from '../rules/event-window';
import { fieldsProblem, MAX_FIELDS, MAX_FILE_ID, MAX_OPTIONS } from '../rules/event-form';
import { zStudyCredit } from './training-credit';

export * from './event-model';

/** Registration ids are `${eventId}_${openid}`: longer than a plain id. */
export const zRegistrationId = z
  .string()
  .min(3)
  .max(160)
  .regex(/^[A-Za-z0-9_-]+$/, '无效的编号');

const zFieldId = z.string().regex(/^[a-z][a-z0-9]{0,15}$/, '无效的表单项编号');

export const zFormField = z
  .object({
    id: zFieldId,
    label: zText(30),
    type: z.enum(FIELD_TYPES),
    required: z.boolean(),
    options: z.array(zText(30)).max(MAX_OPTIONS).optional(),
    hint: zOptionalText(60),
  })
  .strict();

export const zAnswer = z
  .object({
    fieldId: zFieldId,
    value: z.union([z.string().max(MAX_FILE_ID), z.number()]),
  })
  .strict();

/** Places in line are read as one page of the line (at most 1000 records a request). */
export const MAX_WAITLIST = 1000;
export const MAX_CAPACITY = 100_000;

/** What an organizer saves. Checks that need the database (units, authority) run in the action. */
export const zEventDraft = z
  .object({
    kind: z.enum(EVENT_KINDS),
    title: zText(40),
    description: z.string().trim().max(2000, '不能超过2000个字'),
    place: zText(60),
    startsAt: zMillis,
    endsAt: zMillis,
    signupOpensAt: zMillis,
    signupClosesAt: zMillis,
    cancelDeadline: zMillis,
    capacity: z.number().int().min(1).max(MAX_CAPACITY).nullable(),
    waitlistSize: z.number().int().min(0).max(MAX_WAITLIST),
    needsReview: z.boolean(),
    audienceUnits: z.array(zId).min(1, '请选择活动面向的单位').max(50),
    audienceRoles: z.array(z.enum(ROLES)).max(ROLES.length),
    fields: z.array(zFormField).max(MAX_FIELDS),
    oncePerKindPerYear: z.boolean(),
    unitQuotas: z.array(z.object({ unitId: zId, limit: z.number().int().min(1).max(MAX_CAPACITY) }).strict()).max(50),
    /** 培训 / 会议: hours credited at check-in (required for those kinds, refused for others). */
    studyHours: zStudyCredit.nullable().optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (isTrainingKind(d.kind) && !d.studyHours)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['studyHours'], message: '培训、会议请填写学时和科目' });
    if (!isTrainingKind(d.kind) && d.studyHours)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['studyHours'], message: '只有培训、会议计学时' });
    const schedule = scheduleProblem(d);
    if (schedule) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [schedule.path], message: schedule.message });
    const form = fieldsProblem(d.fields);
    if (form) ctx.addIssue({ code: z.ZodIssueCode.custom, path: form.path.split('.'), message: form.message });
  });

const zEventRef = z.object({ eventId: zId }).strict();

export const eventContract = {
  listOpen: action<EventSummary[]>()({
    input: zEmpty,
    access: 'worker',
    summary: 'Published events aimed at me that have not ended, soonest first, with my state',
  }),
  getEvent: action<EventDetail>()({
    input: zEventRef,
    access: 'worker',
    summary: 'One event: places left, my registration (code, state, waitlist position), whether I may cancel',
  }),
  getSignupForm: action<SignupForm>()({
    input: zEventRef,
    access: 'worker',
    summary: "The sign-up form of an event, pre-filled from the member's latest answers",
  }),
  signUp: action<MyRegistration>()({
    input: z.object({ eventId: zId, answers: z.array(zAnswer).max(MAX_FIELDS) }).strict(),
    access: 'worker',
    summary: 'Sign up: confirmed while places remain, then waitlisted, else FULL; twice returns the same registration',
  }),
  cancel: action<MyRegistration>()({
    input: zEventRef,
    access: 'worker',
    summary: 'Cancel my registration before the deadline; the first who fits on the waitlist is promoted and notified',
  }),
  listMine: action<MyRegistrationItem[]>()({
    input: zEmpty,
    access: 'worker',
    summary: 'My registrations, newest first, with state and waitlist position',
  }),
  listManaged: action<Paged<AdminEventItem>>()({
    input: zPage.extend({ status: z.enum(EVENT_STATUSES).optional() }).strict(),
    access: 'organizer',
    summary: 'Events I manage (admins: all), newest first',
  }),
  getEditor: action<EditorData>()({
    input: z.object({ eventId: zId.optional() }).strict(),
    access: 'organizer',
    summary: 'What the event editor needs: the event (if editing) and the units I may aim at',
  }),
  create: action<AdminEvent>()({
    input: zEventDraft,
    access: 'organizer',
    summary: 'Create a draft event owned by my unit, aimed at units within my authority',
  }),
  update: action<AdminEvent>()({
    input: z.object({ eventId: zId, draft: zEventDraft }).strict(),
    access: 'organizer',
    summary:
      'Edit an event; once published kind, review, form and eligibility are fixed; more places promote the waitlist',
  }),
  publish: action<AdminEvent>()({
    input: zEventRef,
    access: 'organizer',
    summary: 'Publish a draft: it becomes visible to its audience',
  }),
  close: action<AdminEvent>()({
    input: zEventRef,
    access: 'organizer',
    summary: 'Close sign-up for good; registrations stay',
  }),
  listRegistrations: action<Paged<RegistrationRow>>()({
    input: zPage.extend({ eventId: zId, state: z.enum(REGISTRATION_STATES).optional() }).strict(),
    access: 'organizer',
    summary: "An event's registrations in sign-up order, for the organizer",
  }),
  removeRegistration: action<RegistrationRow>()({
    input: z.object({ registrationId: zRegistrationId, reason: zText(100) }).strict(),
    access: 'organizer',
    summary: 'Remove a registration with a reason the member sees; its place goes to the waitlist',
  }),
  getCheckinCode: action<CheckinCode>()({
    input: zEventRef,
    access: 'worker',
    summary:
      'My signed, expiring check-in code for an event (only while my registration holds a place), shown as a QR code',
  }),
  deliverNotices: action<{ delivered: number }>()({
    input: z
      .object({ registrationIds: z.array(zRegistrationId).max(100).optional(), eventId: zId.optional() })
      .strict(),
    access: 'system',
    summary:
      "The outbox sender: deliver what these registrations (or an event's registrations) still owe their members; chained by the call that promised it",
  }),
  fillWaitlist: action<{ promoted: number }>()({
    input: zEventRef,
    access: 'system',
    summary:
      'Go on promoting from the waitlist into free places; chained by a filler whose time ran out while places were still free for the line',
  }),
};
