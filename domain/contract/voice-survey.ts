/** Survey actions of the voice area: members answer, organizers build, publish and read results. */
import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zMillis, zText, type Paged } from './common';
import { ROLES } from '../roles';
import { SURVEY_LIMITS, SURVEY_QUESTION_TYPES } from '../rules/voice-survey';
import type {
  ManagedSurveyRow,
  SurveyEditorOutput,
  SurveyForm,
  SurveyResults,
  SurveyRow,
  SurveyStatus,
} from './voice-survey-model';

const zById = z.object({ id: zId }).strict();

const zQuestion = z
  .object({
    id: z
      .string()
      .min(1)
      .max(16)
      .regex(/^[A-Za-z0-9_-]+$/),
    type: z.enum(SURVEY_QUESTION_TYPES),
    stem: zText(SURVEY_LIMITS.stem),
    options: z.array(zText(SURVEY_LIMITS.option)).max(SURVEY_LIMITS.options).default([]),
    required: z.boolean().default(true),
  })
  .strict();

const zAnswer = z
  .object({
    q: z.string().min(1).max(16),
    choices: z.array(z.number().int().min(0).max(SURVEY_LIMITS.options)).max(SURVEY_LIMITS.options).optional(),
    rating: z.number().int().min(1).max(SURVEY_LIMITS.ratingMax).optional(),
    text: z.string().max(SURVEY_LIMITS.text).optional(),
  })
  .strict();

export const surveyActions = {
  listSurveys: action<{ items: SurveyRow[] }>()({
    input: zEmpty,
    access: 'worker',
    summary: 'Open surveys aimed at me, with whether I have answered',
  }),
  getSurvey: action<SurveyForm>()({
    input: zById,
    access: 'worker',
    summary: 'One survey aimed at me, to answer',
  }),
  answerSurvey: action<{ answered: true }>()({
    input: z.object({ id: zId, answers: z.array(zAnswer).max(SURVEY_LIMITS.questions) }).strict(),
    access: 'worker',
    summary: 'Answer a survey, once; anonymous surveys keep no link to me',
  }),

  listManagedSurveys: action<Paged<ManagedSurveyRow>>()({
    input: z
      .object({
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    access: 'organizer',
    summary: 'Surveys of my unit subtree, newest first',
  }),
  getSurveyEditor: action<SurveyEditorOutput>()({
    input: z.object({ id: zId.optional() }).strict(),
    access: 'organizer',
    summary: 'A survey to edit (or none) and the units I may aim at',
  }),
  saveSurvey: action<{ id: string }>()({
    input: z
      .object({
        id: zId.optional(),
        title: zText(SURVEY_LIMITS.title),
        intro: z.string().trim().max(SURVEY_LIMITS.intro).default(''),
        anonymous: z.boolean(),
        closesAt: zMillis,
        audience: z
          .object({
            units: z.array(zId).min(1, '请选择调研范围').max(50),
            roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
          })
          .strict(),
        questions: z.array(zQuestion).min(1).max(SURVEY_LIMITS.questions),
      })
      .strict(),
    access: 'organizer',
    summary: 'Create or edit a survey that is still a draft',
  }),
  publishSurvey: action<{ status: SurveyStatus; notified: number }>()({
    input: zById,
    access: 'organizer',
    summary: 'Open a draft survey to its audience and tell them (in-app + subscription message)',
  }),
  closeSurvey: action<{ status: SurveyStatus }>()({
    input: zById,
    access: 'organizer',
    summary: 'Stop taking answers',
  }),
  getSurveyResults: action<SurveyResults>()({
    input: z.object({ id: zId, level: z.union([z.literal(2), z.literal(3)]).default(3) }).strict(),
    access: 'organizer',
    summary: 'Counts per question, overall and by unit; anonymous surveys hide groups under 5 answers',
  }),
};
