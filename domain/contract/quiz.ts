/**
 * Training quizzes. The answer key never leaves the server before a paper is submitted: what a
 * phone receives for an attempt carries option texts with per-attempt random tokens, and answers
 * come back as those tokens. Marking, timing and attempt limits run on the server's clock only.
 */
import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zMillis, zOptionalText, zText } from './common';
import { ROLES } from '../roles';
import {
  MAX_OPTIONS,
  MAX_PAPER_QUESTIONS,
  PAPER_PURPOSES,
  PRACTICE_SOURCES,
  QUESTION_TYPES,
  COUNT_MODES,
} from './quiz-model';
import type { Certificate, Leaderboard } from './quiz-admin-model';
import type {
  AttemptResult,
  AttemptState,
  LiveAttempt,
  PaperCard,
  PaperIntro,
  PracticeFeedback,
  PracticeNextOutput,
  SaveAnswerOutput,
  StudyRecord,
  SubmitOutput,
  WrongBookOutput,
} from './quiz-model';

export * from './quiz-model';

/** A category name (政策理论, 日常业务, ... or an organizer's own). */
export const zCategory = zText(20);

/** One option of one question of one attempt (or practice question): random, meaningless, never reused. */
export const zOptionToken = z
  .string()
  .min(6)
  .max(24)
  .regex(/^[A-Za-z0-9_-]+$/, '无效的选项');
const zChosen = z.array(zOptionToken).max(MAX_OPTIONS);

// ---------------------------------------------------------------------------------------------
// Paper setup (organizer)

export const zQuota = z
  .object({
    category: zCategory,
    type: z.enum(QUESTION_TYPES),
    /** How many questions of this category and type each member's paper gets. */
    count: z.number().int().min(1).max(MAX_PAPER_QUESTIONS),
    /** Only questions of this difficulty (1 easy, 2 medium, 3 hard); any when absent. */
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  })
  .strict();
export type Quota = z.infer<typeof zQuota>;

/** Random per member from quotas, or the same fixed list of questions for everyone. */
export const zDrawSpec = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('random'), quotas: z.array(zQuota).min(1).max(30) }).strict(),
  z.object({ mode: z.literal('fixed'), questionIds: z.array(zId).min(1).max(MAX_PAPER_QUESTIONS) }).strict(),
]);
export type DrawSpec = z.infer<typeof zDrawSpec>;

const zPoints = z.number().min(0).max(100).multipleOf(0.5);
const zAttemptLimit = z.number().int().min(1).max(100).nullable();

export const zPaperInput = z
  .object({
    title: zText(60),
    description: zOptionalText(500),
    /** Unit ids: each includes its whole subtree. */
    audienceUnits: z.array(zId).min(1).max(50),
    /** Roles aimed at; empty or absent = every role. */
    audienceRoles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
    draw: zDrawSpec,
    /** @default true */
    shuffleQuestions: z.boolean().default(true),
    /** Shuffle the options of choice questions (true/false keeps 正确 before 错误). @default true */
    shuffleOptions: z.boolean().default(true),
    points: z.object({ single: zPoints, multiple: zPoints, judge: zPoints }).strict(),
    /** Multiple choice: with no wrong option picked, score the share of right options picked. @default false */
    partialCredit: z.boolean().default(false),
    passScore: z.number().min(0).max(10_000),
    timeLimitMinutes: z.number().int().min(1).max(300),
    opensAt: zMillis,
    closesAt: zMillis,
    /** null = unlimited. */
    maxAttemptsTotal: zAttemptLimit,
    /** null = unlimited. Days run midnight to midnight, China time. */
    maxAttemptsPerDay: zAttemptLimit,
    counts: z.enum(COUNT_MODES),
    /** 考试型 (default): the pool stays out of practice and results until the paper closes for each member; 学习型: practisable. */
    purpose: z.enum(PAPER_PURPOSES).default('exam'),
  })
  .strict()
  .refine((p) => p.closesAt > p.opensAt, { message: '截止时间必须晚于开始时间', path: ['closesAt'] })
  .refine((p) => p.draw.mode !== 'random' || p.draw.quotas.reduce((n, q) => n + q.count, 0) <= MAX_PAPER_QUESTIONS, {
    message: `每份试卷最多${MAX_PAPER_QUESTIONS}题`,
    path: ['draw'],
  });
export type PaperInput = z.input<typeof zPaperInput>;

const zAttemptInput = z.object({ attemptId: zId }).strict();

export const quizContract = {
  listPapers: action<{ items: PaperCard[] }>()({
    input: zEmpty,
    access: 'worker',
    summary: 'Papers open or upcoming for me, with my state on each',
  }),
  getPaper: action<PaperIntro>()({
    input: z.object({ paperId: zId }).strict(),
    access: 'worker',
    summary: 'A paper’s rules, my attempts and whether I can start',
  }),
  start: action<LiveAttempt>()({
    input: z.object({ paperId: zId }).strict(),
    access: 'worker',
    summary: 'Draw my paper on the server and start (or resume the attempt under way)',
  }),
  resume: action<AttemptState>()({
    input: zAttemptInput,
    access: 'worker',
    summary: 'My attempt as it stands on the server: questions, saved answers, remaining time',
  }),
  saveAnswer: action<SaveAnswerOutput>()({
    input: z
      .object({
        attemptId: zId,
        index: z
          .number()
          .int()
          .min(0)
          .max(MAX_PAPER_QUESTIONS - 1),
        tokens: zChosen.optional(),
        flagged: z.boolean().optional(),
      })
      .strict()
      .refine((v) => v.tokens !== undefined || v.flagged !== undefined, { message: '没有要保存的内容' }),
    access: 'worker',
    summary: 'Save one answer (and/or its review mark) while the attempt is open',
  }),
  submit: action<SubmitOutput>()({
    input: z
      .object({
        attemptId: zId,
        /** Answers not yet saved; they count only if they arrive before the deadline (plus grace). */
        answers: z
          .array(
            z
              .object({
                index: z
                  .number()
                  .int()
                  .min(0)
                  .max(MAX_PAPER_QUESTIONS - 1),
                tokens: zChosen,
              })
              .strict(),
          )
          .max(MAX_PAPER_QUESTIONS)
          .optional(),
      })
      .strict(),
    access: 'worker',
    summary: 'Hand in and mark on the server; a second submit returns the same result',
  }),
  getResult: action<AttemptResult>()({
    input: zAttemptInput,
    access: 'worker',
    summary: 'A submitted attempt: score, answers with the key and explanations, my rank in my unit',
  }),
  getWrongBook: action<WrongBookOutput>()({
    input: zEmpty,
    access: 'worker',
    summary: 'My wrong-answer book by category',
  }),
  drawPractice: action<PracticeNextOutput>()({
    input: z.object({ source: z.enum(PRACTICE_SOURCES), category: zCategory.optional() }).strict(),
    access: 'worker',
    summary: 'The next practice question (from my wrong-answer book or the bank), without its key',
  }),
  answerPractice: action<PracticeFeedback>()({
    input: z.object({ practiceId: zOptionToken, tokens: zChosen.min(1) }).strict(),
    access: 'worker',
    summary: 'Mark a practice answer at once; two right answers take a question out of the book',
  }),
  getStudyRecord: action<StudyRecord>()({
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }).strict(),
    access: 'worker',
    summary: 'My papers, best scores, practice and time spent in a year',
  }),
  getLeaderboard: action<Leaderboard>()({
    input: z.object({ paperId: zId.optional() }).strict(),
    access: 'worker',
    summary: 'A paper aimed at me: my unit’s ranking and the units ranked by participation and average score',
  }),
  getCertificate: action<Certificate>()({
    input: z.object({ paperId: zId }).strict(),
    access: 'worker',
    summary: 'My certificate for a paper I passed that gives one',
  }),
  markOverdue: action<{ marked: number }>()({
    input: zEmpty,
    access: 'system',
    summary: 'Timer: mark attempts whose time ran out with what was saved',
  }),
};
