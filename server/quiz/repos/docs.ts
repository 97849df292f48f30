/**
 * How the quiz area is stored. Dates are Dates here; views turn them into epoch ms for the wire.
 * Everything with a key in it (answer, correct) is server-only: views decide what reaches a phone.
 */
import type { CountMode, DrawSpec, PaperPurpose, PaperStatus, QuestionType } from '../../../domain/contract/quiz';
import type { StudyCredit } from '../../../domain/rules/training-subjects';
import type { Role } from '../../../domain/roles';

export interface QuestionDoc {
  _id: string;
  type: QuestionType;
  stem: string;
  /** For judge exactly ['正确', '错误']. */
  options: string[];
  /** Indexes into options of the correct option(s). */
  answer: number[];
  explanation: string;
  /** Law and article (or other source) the explanation rests on. */
  source: string;
  category: string;
  difficulty: 1 | 2 | 3;
  tags: string[];
  /** The unit whose bank this is; papers of that unit's subtree may draw from it. */
  ownerUnitId: string;
  status: 'active' | 'retired';
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Set by a spreadsheet import (quizAdmin): its rows are not duplicates of one another when a chunk is retried. */
  importKey?: string;
}

/** A question as frozen into a paper's pool (with its key: the pool never leaves the server). */
export type PoolQuestion = Pick<
  QuestionDoc,
  'type' | 'stem' | 'options' | 'answer' | 'explanation' | 'source' | 'category' | 'difficulty'
> & {
  id: string;
};

/** A paper's pool as the exam lock reads it: the question ids only. */
export interface PoolIds {
  pool: { id: string }[];
}

export interface PaperDoc {
  _id: string;
  title: string;
  description: string;
  ownerUnitId: string;
  createdBy: string;
  audienceUnits: string[];
  audienceRoles: Role[];
  status: PaperStatus;
  draw: DrawSpec;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  points: Record<QuestionType, number>;
  partialCredit: boolean;
  passScore: number;
  timeLimitMinutes: number;
  opensAt: Date;
  closesAt: Date;
  maxAttemptsTotal: number | null;
  maxAttemptsPerDay: number | null;
  counts: CountMode;
  /** 考试型 or 学习型; absent (papers made before the choice existed) = exam. */
  purpose?: PaperPurpose;
  /**
   * The banks (owner unit ids) the pool was drawn from, derived at freezing: whoever can read one
   * of them can read the key, so their attempts are 不计排名. Absent on old papers = the owner's unit.
   */
  bankOwnerIds?: string[];
  /** A member who passes may open a certificate (quizAdmin); absent = no certificate. */
  withCertificate?: boolean;
  /** Study hours a pass earns (issue 20), credited once per member; absent = none. */
  studyHours?: StudyCredit | null;
  /** Derived from draw and points when the paper is saved. */
  questionCount: number;
  countsByType: Record<QuestionType, number>;
  maxScore: number;
  /**
   * The questions the draw picks from, frozen at publish: every member draws from the same bank
   * even if it is edited mid-exam, and `start` reads the paper and its questions in one request.
   * Results and the wrong-answer book read explanations from here, so entries are never removed
   * once attempts exist (the bank is the fallback).
   */
  pool: PoolQuestion[];
  createdAt: Date;
  updatedAt: Date;
}

/** A paper without its pool: what lists read. */
export type PaperHead = Omit<PaperDoc, 'pool'>;

/**
 * One drawn question of an attempt, options in the order this member sees them. Every save
 * rewrites the attempt, so it carries only what answering and marking need: the category,
 * explanation and source are read from the paper's pool when the result or the book needs them.
 */
export interface AttemptQuestion {
  qid: string;
  type: QuestionType;
  stem: string;
  /** Display order. */
  options: string[];
  /** Random per option of this attempt, display order. */
  tokens: string[];
  /** Tokens of the correct options: the key, server-only until submission. */
  correct: string[];
  points: number;
}

export type AttemptStatus = 'in_progress' | 'submitted';

export interface AttemptDoc {
  /** `${paperId}_${openid}_${n}`: two simultaneous starts cannot both create attempt n. */
  _id: string;
  paperId: string;
  openid: string;
  n: number;
  /** Taken by someone who could read the key (see exam-lock.ts): 不计排名, out of ranks and unit averages. */
  unranked?: boolean;
  /** Member snapshot at start, for ranks and organizer results without a members read per row. */
  memberName: string;
  employeeNo: string;
  unitId: string;
  unitPath: string[];
  /** China day of the start, for the per-day attempt limit. */
  day: string;
  /** Paper snapshot at start: what the result needs without reading the paper. */
  paper: {
    title: string;
    passScore: number;
    maxScore: number;
    partialCredit: boolean;
    counts: CountMode;
    studyHours?: StudyCredit | null;
  };
  status: AttemptStatus;
  startedAt: Date;
  deadline: Date;
  /** Deadline plus grace: saves are refused after it, and the attempt is marked on its next touch. */
  acceptUntil: Date;
  questions: AttemptQuestion[];
  /** Chosen tokens by question index (string keys: saved with one `answers.<i>` update). */
  answers: Record<string, string[]>;
  flagged: Record<string, boolean>;
  /** Bumped by every save: marking only commits over the answers it read. */
  rev: number;
  savedAt: Date | null;
  // Set when marked:
  submittedAt?: Date;
  markedAt?: Date;
  autoSubmitted?: boolean;
  score?: number;
  passed?: boolean;
  correctCount?: number;
  usedSeconds?: number;
  /** Points earned per question index. */
  earned?: number[];
  /** Questions not answered right: what the wrong-answer book folds in. */
  wrongQids?: string[];
  /** Folded into the member's wrong-answer book. */
  folded?: boolean;
}

/** The light fields of an attempt (no questions, no answers): what limits, states and lists read. */
export const ATTEMPT_HEAD_FIELDS = [
  '_id',
  'paperId',
  'openid',
  'n',
  'day',
  'status',
  'startedAt',
  'deadline',
  'acceptUntil',
  'submittedAt',
  'score',
  'passed',
  'usedSeconds',
  'paper',
  'unitId',
] as const;
export type AttemptHead = Pick<AttemptDoc, (typeof ATTEMPT_HEAD_FIELDS)[number]>;

export interface WrongItem {
  qid: string;
  type: QuestionType;
  category: string;
  stem: string;
  options: string[];
  /** Indexes into options. */
  correct: number[];
  explanation: string;
  source: string;
  wrongCount: number;
  lastWrongAt: Date;
  /** Right practice answers since it last went wrong in an exam. */
  rightCount: number;
}

/** The practice question in hand: its key stays here until the member answers. */
export interface PracticeCurrent {
  id: string;
  qid: string;
  type: QuestionType;
  category: string;
  stem: string;
  options: string[];
  tokens: string[];
  correct: string[];
  explanation: string;
  source: string;
  issuedAt: Date;
}

export interface PracticeYear {
  answered: number;
  right: number;
  seconds: number;
}

export interface LearnerDoc {
  /** The member's OPENID. */
  _id: string;
  /** The wrong-answer book, by question id. */
  items: Record<string, WrongItem>;
  /** Attempts already folded into the book (recent ones), so a retried fold never counts twice. */
  foldedIds: string[];
  practice: PracticeCurrent | null;
  /** The question answered last in practice, so the next one is another when there is a choice. */
  lastPracticedQid?: string;
  /** Practice answers in the current rate window (domain/rules/practice-rate.ts). */
  practiceRate?: { windowStart: Date; count: number };
  /** Practice totals by China year ('2026'). */
  practiceYears: Record<string, PracticeYear>;
  /** Bumped by every write: writes are guarded by the version they read. */
  version: number;
  updatedAt: Date;
}

export { ms, msOrNull } from '../../lib/time';
