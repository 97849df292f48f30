/**
 * Quizzes for organizers: the question bank (with .xlsx import and export), the paper editor and
 * each paper's results; plus the leaderboards and certificates members see. A function of its own
 * (`quizAdmin`), so the spreadsheet library and the statistics never weigh on the `quiz` function
 * every member calls while answering. Organizers act only within their own unit's subtree.
 */
import { z } from 'zod';
import { action } from './define';
import { zStudyCredit } from './training-credit';
import { zEmpty, zId, zPage, zText, type Paged } from './common';
import { QUESTION_TYPES, zCategory, zPaperInput } from './quiz';
import { LIMITS, OPTION_LETTERS } from '../rules/question-import';
import { QUESTION_STATUSES } from './quiz-admin-model';
import type {
  AdminPaper,
  AdminPaperCard,
  BankPage,
  BankQuestion,
  EditorData,
  FileLink,
  ImportQuestionsOutput,
  PaperPreview,
  PaperResults,
  RetireOutput,
} from './quiz-admin-model';

export * from './quiz-admin-model';

const zDifficulty = z.union([z.literal(1), z.literal(2), z.literal(3)]);

/** A cloud storage file id as Taro.cloud.uploadFile (or the local upload endpoint) returns it. */
const zFileId = z
  .string()
  .min(10)
  .max(512)
  .regex(/^cloud:\/\/[^\s]+$/, '无效的文件');

/** A question as the bank's form sends it; domain/rules/question-import checks the rest (answer among options, ...). */
export const zQuestionContent = z
  .object({
    type: z.enum(QUESTION_TYPES),
    stem: zText(LIMITS.stem),
    /** For 判断 exactly 正确, 错误. */
    options: z.array(z.string().trim().max(LIMITS.option)).max(OPTION_LETTERS.length),
    /** Indexes into options. */
    answer: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(OPTION_LETTERS.length - 1),
      )
      .min(1)
      .max(OPTION_LETTERS.length),
    explanation: z.string().trim().max(LIMITS.explanation).default(''),
    source: z.string().trim().max(LIMITS.source).default(''),
    category: zCategory,
    difficulty: zDifficulty,
    tags: z.array(zText(LIMITS.tag)).max(LIMITS.tags).default([]),
  })
  .strict();

/** Search and filters of the bank list (and of its export). */
const bankFilter = {
  /** Words in the stem. */
  query: z.string().trim().max(50).optional(),
  category: zCategory.optional(),
  type: z.enum(QUESTION_TYPES).optional(),
  tag: zText(LIMITS.tag).optional(),
  difficulty: zDifficulty.optional(),
  /** @default 'active' */
  status: z.enum(QUESTION_STATUSES).default('active'),
};

const zPaperId = z.object({ paperId: zId }).strict();

export const quizAdminContract = {
  // Question bank --------------------------------------------------------------------------------
  listQuestions: action<BankPage>()({
    input: z.object({ ...bankFilter, ...zPage.shape }).strict(),
    access: 'organizer',
    summary: 'The bank I can use (my unit’s, my subtree’s and my ancestors’), searched and filtered, a page at a time',
  }),
  getQuestion: action<BankQuestion>()({
    input: z.object({ questionId: zId }).strict(),
    access: 'organizer',
    summary: 'One question of the bank I use, for the edit form',
  }),
  saveQuestion: action<BankQuestion>()({
    input: z.object({ questionId: zId.optional(), question: zQuestionContent }).strict(),
    access: 'organizer',
    summary: 'Add a question to my unit’s bank, or edit one in my subtree (papers keep the version they froze)',
  }),
  retireQuestion: action<RetireOutput>()({
    input: z.object({ questionId: zId }).strict(),
    access: 'organizer',
    summary:
      'Take a question out of the bank: retired if a submitted paper used it (results stay readable), else deleted',
  }),
  restoreQuestion: action<BankQuestion>()({
    input: z.object({ questionId: zId }).strict(),
    access: 'organizer',
    summary: 'Put a retired question back into use',
  }),
  importQuestions: action<ImportQuestionsOutput>()({
    input: z
      .object({ fileId: zFileId, commit: z.boolean(), cursor: z.number().int().min(0).max(100_000).optional() })
      .strict(),
    access: 'organizer',
    summary: 'Question .xlsx: check every row (commit false, writes nothing), then write the good rows chunk by chunk',
  }),
  exportQuestions: action<FileLink>()({
    input: z.object(bankFilter).strict(),
    access: 'organizer',
    summary: 'The bank (as filtered) as .xlsx in the import layout, behind a temporary link',
  }),
  getQuestionTemplate: action<FileLink>()({
    input: zEmpty,
    access: 'organizer',
    summary: 'The import template (.xlsx with the columns and an example of each type)',
  }),

  // Papers ---------------------------------------------------------------------------------------
  listPapers: action<Paged<AdminPaperCard>>()({
    input: z.object({ ...zPage.shape }).strict(),
    access: 'organizer',
    summary: 'Papers set up in my subtree or aimed at it, newest first, with how many have taken each',
  }),
  getEditor: action<EditorData>()({
    input: z.object({ paperId: zId.optional() }).strict(),
    access: 'organizer',
    summary: 'What the paper editor needs: the paper (if editing), the units I may aim at, the bank’s counts',
  }),
  savePaper: action<AdminPaper>()({
    input: z
      .object({
        paperId: zId.optional(),
        paper: zPaperInput,
        withCertificate: z.boolean().default(false),
        /** Study hours a pass earns (issue 20), once per paper; null = none, absent = unchanged. */
        studyHours: zStudyCredit.nullable().optional(),
      })
      .strict(),
    access: 'organizer',
    summary:
      'Create a draft or edit a paper; once started, only title, description, close time, certificate and study hours may change',
  }),
  publishPaper: action<AdminPaper>()({
    input: zPaperId,
    access: 'organizer',
    summary: 'Publish a draft: its questions are frozen and it opens to its audience at its start time',
  }),
  closePaper: action<AdminPaper>()({
    input: zPaperId,
    access: 'organizer',
    summary: 'Close a paper now: no new attempts; attempts under way end at their own deadline',
  }),
  previewPaper: action<PaperPreview>()({
    input: z.object({ paper: zPaperInput }).strict(),
    access: 'organizer',
    summary: 'Draw one sample paper from the settings (with the key), writing nothing',
  }),

  // Results --------------------------------------------------------------------------------------
  getPaperResults: action<PaperResults>()({
    input: z
      .object({
        paperId: zId,
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    access: 'organizer',
    summary:
      'A paper’s figures for my part of its audience: by unit (rolled up), distribution, hardest questions, ranking',
  }),
  exportResults: action<FileLink>()({
    input: zPaperId,
    access: 'organizer',
    summary: 'Every member’s counted result and the figures by unit as .xlsx, behind a temporary link',
  }),
};
