/** The shapes surveys (问卷调研) leave the server in. */
import type { Role } from '../roles';
import type { SurveyQuestion } from '../rules/voice-survey';
import type { UnitOption } from './voice-model';

export type SurveyStatus = 'draft' | 'published' | 'closed';

export interface SurveyRow {
  id: string;
  title: string;
  intro: string;
  anonymous: boolean;
  closesAt: number;
  questions: number;
  answered: boolean;
}

export interface SurveyForm extends SurveyRow {
  questionList: SurveyQuestion[];
  /** Open now (published and not past closesAt). */
  open: boolean;
  issuer: string;
}

export interface ManagedSurveyRow {
  id: string;
  title: string;
  status: SurveyStatus;
  anonymous: boolean;
  closesAt: number;
  answers: number;
  updatedAt: number;
}

export interface SurveyDraftView {
  id: string;
  title: string;
  intro: string;
  anonymous: boolean;
  closesAt: number;
  questions: SurveyQuestion[];
  audience: { units: string[]; roles: Role[] };
  status: SurveyStatus;
}

export interface SurveyEditorOutput {
  survey: SurveyDraftView | null;
  units: UnitOption[];
}

/** One question's counts. `counts` per option (choices) or per rating 1..5; texts only where allowed. */
export interface QuestionResult {
  answered: number;
  counts: number[];
  average: number | null;
  texts: string[];
}

export interface SurveyResultQuestion extends SurveyQuestion {
  /** null when the survey is anonymous and has fewer answers than the minimum group. */
  result: QuestionResult | null;
}

export interface SurveyUnitRow {
  unitId: string;
  name: string;
  answers: number;
  /** Too few answers to show (anonymous surveys): no breakdown, only the count band. */
  suppressed: boolean;
  /** Per question, in question order; null when suppressed. Texts are never broken down by unit. */
  questions: QuestionResult[] | null;
}

export interface SurveyResults {
  id: string;
  title: string;
  anonymous: boolean;
  status: SurveyStatus;
  total: number;
  minGroup: number;
  /** 2 = by brigade, 3 = by grassroots union. */
  level: 2 | 3;
  questions: SurveyResultQuestion[];
  units: SurveyUnitRow[];
}
