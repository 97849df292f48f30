import type { ManagedSurveyRow, SurveyDraftView, SurveyRow } from '../../../domain/contract/voice-survey-model';
import { ms } from '../../lib/time';
import type { SurveyDoc } from './repos';

export const toSurveyRow = (s: SurveyDoc, answered: boolean): SurveyRow => ({
  id: s._id,
  title: s.title,
  intro: s.intro,
  anonymous: s.anonymous,
  closesAt: ms(s.closesAt),
  questions: s.questions.length,
  answered,
});

export const toManagedRow = (s: SurveyDoc): ManagedSurveyRow => ({
  id: s._id,
  title: s.title,
  status: s.status,
  anonymous: s.anonymous,
  closesAt: ms(s.closesAt),
  answers: s.answers,
  updatedAt: ms(s.updatedAt),
});

export const toDraftView = (s: SurveyDoc): SurveyDraftView => ({
  id: s._id,
  title: s.title,
  intro: s.intro,
  anonymous: s.anonymous,
  closesAt: ms(s.closesAt),
  questions: s.questions,
  audience: { units: s.audienceUnits, roles: s.audienceRoles },
  status: s.status,
});
