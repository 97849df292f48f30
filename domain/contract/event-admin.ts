import { z } from 'zod';
import { action } from './define';
import { zId, zOptionalText, zPage, type Paged } from './common';
import { zRegistrationId } from './event';
import {
  REVIEW_DECISIONS,
  ROSTER_FILTERS,
  type CheckinOutcome,
  type ManagedEvent,
  type Proofs,
  type ReviewItem,
  type ReviewOutcome,
  type Roster,
  type RosterExport,
} from './event-admin-model';
import { MAX_CHECKIN_TOKEN, SIGNUP_CODE_LENGTH, isSignupCodeShaped, normalizeSignupCode } from '../rules/checkin-token';

export * from './event-admin-model';

/**
 * Organizer work on welfare events: review with proof, check-in scanning, rosters and Excel
 * exports. A function of its own (`eventAdmin`), so the spreadsheet library never slows the
 * `event` function every member calls.
 */
export const eventAdminContract = {
  listEvents: action<Paged<ManagedEvent>>()({
    input: zPage.strict(),
    access: 'organizer',
    summary: 'Published events I run or whose audience includes my unit, latest first, with how much of each I see',
  }),
  listReviewQueue: action<Paged<ReviewItem>>()({
    input: zPage.extend({ eventId: zId.optional() }).strict(),
    access: 'organizer',
    summary:
      'Applications awaiting review from members of my unit subtree (admins: all), oldest first, with proof links',
  }),
  review: action<ReviewOutcome>()({
    input: z
      .object({ registrationId: zRegistrationId, decision: z.enum(REVIEW_DECISIONS), reason: zOptionalText(100) })
      .strict()
      .superRefine((v, ctx) => {
        if (v.decision === 'reject' && !v.reason)
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['reason'], message: '请填写不通过的原因（申请人可见）' });
      }),
    access: 'organizer',
    summary: 'Approve (takes a place, FULL when none is left) or reject with a reason; the member is notified',
  }),
  getProofs: action<Proofs>()({
    input: z.object({ registrationId: zRegistrationId }).strict(),
    access: 'worker',
    summary: "A registration's proof images as temporary links: for the member and the organizers who review them",
  }),
  checkIn: action<CheckinOutcome>()({
    input: z
      .object({
        eventId: zId,
        token: z.string().trim().min(1, '请扫描或粘贴签到码').max(MAX_CHECKIN_TOKEN, '无法识别的签到码').optional(),
        /** The 报名码 the member reads out, as typed (spaces, full width and lower case are forgiven). */
        code: z
          .string()
          .max(SIGNUP_CODE_LENGTH * 3)
          .transform(normalizeSignupCode)
          .refine(isSignupCodeShaped, `报名码是${SIGNUP_CODE_LENGTH}位字母和数字`)
          .optional(),
      })
      .strict()
      .refine((d) => (d.token === undefined) !== (d.code === undefined), {
        message: '请扫描签到码，或输入报名码',
        path: ['token'],
      }),
    access: 'organizer',
    summary:
      "Check in the holder of a member's signed code, or of the 报名码 they read out; a second scan says when they were checked in",
  }),
  getRoster: action<Roster>()({
    input: zPage
      .extend({ eventId: zId, filter: z.enum(ROSTER_FILTERS).default('all'), unitId: zId.optional() })
      .strict(),
    access: 'organizer',
    summary: "An event's registrations by unit and state, with counts rolled up the org tree",
  }),
  exportRoster: action<RosterExport>()({
    input: z.object({ eventId: zId, unitId: zId.optional(), full: z.boolean() }).strict(),
    access: 'organizer',
    summary:
      'Excel roster (confirmed, waitlisted, checked-in, absent sheets), masked unless full (logged), as a download link',
  }),
};
