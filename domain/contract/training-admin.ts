/**
 * Organizer work on training: plans per unit and year (only tightening what is inherited), lessons,
 * the 心得 review queue, completion rolled up the org tree, reminders and Excel exports. A function
 * of its own (`trainingAdmin`), so the spreadsheet library never slows the members' `training`.
 */
import { z } from 'zod';
import { action } from './define';
import { zId, zMillis, zOptionalText, zPage, zText, type Paged } from './common';
import { zHours, zStudyCredit } from './training-credit';
import { zYear } from './training';
import { ROLES } from '../roles';
import { FILE_ID_PATTERN, NOTICE_LIMITS } from '../rules/notice-content';
import { PLAN_ROLES } from '../rules/training-plan';
import { MAX_PLAN_HOURS } from '../rules/training-subjects';
import { LESSON_FORMATS } from './training-model';
import { ARTICLE_LINK, LESSON_SECONDS } from './training-admin-model';
import type {
  EssayReviewItem,
  FileLink,
  LessonEditor,
  ManagedLesson,
  PlanEditor,
  PlanView,
  RemindOutcome,
  ReviewEssayOutcome,
  Rollup,
} from './training-admin-model';

export * from './training-admin-model';

const zPlanHours = z
  .object({
    policy: zHours(MAX_PLAN_HOURS),
    business: zHours(MAX_PLAN_HOURS),
    law: zHours(MAX_PLAN_HOURS),
    counselling: zHours(MAX_PLAN_HOURS),
  })
  .strict();

export const zPlanRow = z
  .object({ role: z.enum(PLAN_ROLES), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), hours: zPlanHours })
  .strict();

const zFileId = z.string().max(512).regex(FILE_ID_PATTERN, '无效的图片');
const zBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text: zText(NOTICE_LIMITS.paragraph) }).strict(),
  z.object({ type: z.literal('img'), fileID: zFileId }).strict(),
]);

export const zLessonDraft = z
  .object({
    title: zText(40),
    summary: zOptionalText(120),
    credit: zStudyCredit,
    minSeconds: z.number().int().min(LESSON_SECONDS.min).max(LESSON_SECONDS.max),
    format: z.enum(LESSON_FORMATS),
    blocks: z.array(zBlock).max(NOTICE_LIMITS.blocks).default([]),
    link: z
      .string()
      .trim()
      .max(420)
      .regex(ARTICLE_LINK, '请填写公众号文章链接（https://mp.weixin.qq.com/...）')
      .optional(),
    audienceUnits: z.array(zId).min(1, '请选择面向的单位').max(50),
    /** Empty = every role. */
    audienceRoles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.format === 'text' && !d.blocks.some((b) => b.type === 'p'))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['blocks'], message: '正文至少需要一段文字' });
    if (d.format === 'link' && !d.link)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['link'], message: '请填写公众号文章链接' });
  });
export type LessonDraft = z.input<typeof zLessonDraft>;

const zYearUnit = z.object({ year: zYear, unitId: zId.optional() }).strict();
const zLessonRef = z.object({ lessonId: zId }).strict();

export const trainingAdminContract = {
  getPlanEditor: action<PlanEditor>()({
    input: zYearUnit,
    access: 'organizer',
    summary: "A unit's plan for a year (mine by default) with what its ancestors' plans already ask",
  }),
  savePlan: action<PlanView>()({
    input: z
      .object({
        year: zYear,
        unitId: zId,
        deadline: zMillis,
        rows: z.array(zPlanRow).min(1).max(9),
        note: zOptionalText(200),
      })
      .strict(),
    access: 'organizer',
    summary: "Set a unit's yearly plan: hours per subject per audience and a deadline, never looser than inherited",
  }),
  getRollup: action<Rollup>()({
    input: zPage.extend({ year: zYear, unitId: zId.optional() }).strict(),
    access: 'organizer',
    summary: 'Completion of a unit subtree against its plans, by sub-unit, with the members behind (most behind first)',
  }),
  remindBehind: action<RemindOutcome>()({
    input: z.object({ year: zYear, unitId: zId }).strict(),
    access: 'organizer',
    summary:
      'Remind every member of a subtree with hours left: in-app, and by subscription message where they accepted one',
  }),
  exportLedger: action<FileLink>()({
    input: zYearUnit,
    access: 'organizer',
    summary: 'Excel of every ledger entry of a subtree for a year (source, subject, hours, date, proof)',
  }),
  exportCompletion: action<FileLink>()({
    input: zYearUnit,
    access: 'organizer',
    summary: 'Excel of completion by unit and by member for a year',
  }),
  listLessons: action<Paged<ManagedLesson>>()({
    input: zPage.strict(),
    access: 'organizer',
    summary: 'Lessons owned in my subtree (admins: all), newest first',
  }),
  getLessonEditor: action<LessonEditor>()({
    input: z.object({ lessonId: zId.optional() }).strict(),
    access: 'organizer',
    summary: 'What the lesson editor needs: the lesson (if editing) and the units I may aim at',
  }),
  saveLesson: action<ManagedLesson>()({
    input: z.object({ lessonId: zId.optional(), lesson: zLessonDraft }).strict(),
    access: 'organizer',
    summary: 'Create a draft lesson or edit one; hours and minimum time are fixed once published',
  }),
  setLessonStatus: action<ManagedLesson>()({
    input: zLessonRef.extend({ status: z.enum(['published', 'withdrawn']) }).strict(),
    access: 'organizer',
    summary: 'Publish a lesson to its audience, or withdraw it (hours already earned stay)',
  }),
  listEssayQueue: action<Paged<EssayReviewItem>>()({
    input: zPage.strict(),
    access: 'organizer',
    summary: '心得 awaiting review from members of my subtree (admins: all), oldest first',
  }),
  reviewEssay: action<ReviewEssayOutcome>()({
    input: z
      .object({
        essayId: zId,
        decision: z.enum(['accept', 'return']),
        comment: zOptionalText(200),
        /** Hours credited on acceptance. @default 1 */
        hours: zHours(8)
          .refine((h) => h > 0, '学时必须大于0')
          .default(1),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.decision === 'return' && !v.comment)
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['comment'], message: '请填写退回的原因（作者可见）' });
      }),
    access: 'organizer',
    summary: 'Accept a 心得 (credits its hours once, with a comment) or return it with a reason; the author is told',
  }),
};
