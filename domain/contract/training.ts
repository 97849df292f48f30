/**
 * Study hours (学时) for members: progress against the layered plan, lessons read on the server's
 * clock, 心得 submitted for review, and the certificate of hours with a code anyone can check.
 * Hours are only ever written by the server, from what it saw happen (a passed paper, a check-in,
 * a finished lesson, an accepted 心得): no action takes hours from a phone.
 */
import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zPage, zText, type Paged } from './common';
import { FILE_ID_PATTERN } from '../rules/notice-content';
import { STUDY_SUBJECTS } from '../rules/training-subjects';
import { ESSAY_LIMITS } from './training-model';
import type {
  CertificateView,
  EssayView,
  FinishLessonOutput,
  LessonView,
  OpenNow,
  ProgressView,
  SharedEssay,
  StartLessonOutput,
  VerifiedCertificate,
} from './training-model';

export * from './training-model';

/** Plan years the product deals in. */
export const zYear = z.number().int().min(2020).max(2100);

const zLessonRef = z.object({ lessonId: zId }).strict();
const zFileId = z.string().max(512).regex(FILE_ID_PATTERN, '无效的图片');
/** A start's session token: random, URL-safe. */
const zSession = z
  .string()
  .min(8)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, '无效的学习记录');

export const trainingContract = {
  getProgress: action<ProgressView>()({
    input: z.object({ year: zYear.optional() }).strict(),
    access: 'worker',
    summary:
      'My hours this year by subject against my plan, what is left, recent entries and the lessons still open to me',
  }),
  listOpenNow: action<OpenNow>()({
    input: zEmpty,
    access: 'worker',
    summary: 'The next 培训/会议 meetings aimed at me and the open papers with hours I have not yet earned',
  }),
  getLesson: action<LessonView>()({
    input: zLessonRef,
    access: 'worker',
    summary: 'A lesson aimed at me, to read, with whether it is already counted',
  }),
  startLesson: action<StartLessonOutput>()({
    input: zLessonRef,
    access: 'worker',
    summary: 'Record on the server that I opened the lesson now; the minimum study time runs from here',
  }),
  finishLesson: action<FinishLessonOutput>()({
    input: z.object({ lessonId: zId, session: zSession }).strict(),
    access: 'worker',
    summary: 'Finish the lesson: credited once if at least its minimum time has passed since this start',
  }),
  listMyEssays: action<EssayView[]>()({
    input: zEmpty,
    access: 'worker',
    summary: 'My 心得 this year and last, newest first, with their review',
  }),
  submitEssay: action<EssayView>()({
    input: z
      .object({
        title: zText(ESSAY_LIMITS.title),
        text: zText(ESSAY_LIMITS.text).refine(
          (t) => [...t].length >= ESSAY_LIMITS.minText,
          `心得至少${ESSAY_LIMITS.minText}字`,
        ),
        subject: z.enum(STUDY_SUBJECTS),
        images: z.array(zFileId).max(ESSAY_LIMITS.images).default([]),
        /** Show it to my unit once accepted (工作交流). @default false */
        share: z.boolean().default(false),
      })
      .strict(),
    access: 'worker',
    summary: 'Submit a 心得 for review; the same text again is the same 心得 (never credited twice)',
  }),
  listSharedEssays: action<Paged<SharedEssay>>()({
    input: zPage.strict(),
    access: 'worker',
    summary: 'Accepted 心得 from my unit whose authors agreed to share them (工作交流), newest first',
  }),
  getCertificate: action<CertificateView>()({
    input: z.object({ year: zYear }).strict(),
    access: 'worker',
    summary: 'My certificate of hours for a year, with its verification code (a new code when the hours changed)',
  }),
  verifyCertificate: action<VerifiedCertificate>()({
    input: z.object({ code: z.string().trim().min(8).max(12) }).strict(),
    access: 'anyone',
    summary: 'Check a certificate code: masked name, unit, year and hours as issued; NOT_FOUND for an unknown code',
  }),
};
