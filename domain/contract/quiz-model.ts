/**
 * The quiz model both sides share: question types, labels, limits and the views the actions
 * return. No zod here, so pages can import the constants without shipping the schemas to the
 * phone; the schemas and the contract live in ./quiz.ts.
 */
import type { PaperWindow } from '../rules/paper-window';

export const QUESTION_TYPES = ['single', 'multiple', 'judge'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
};

/** The four subjects the union's training plan names; organizers may add more (a category is free text). */
export const STARTER_CATEGORIES = ['政策理论', '日常业务', '法律法规', '心理疏导'] as const;

/** Which attempt of a member counts for a paper: the best score, or the last one submitted. */
export const COUNT_MODES = ['best', 'last'] as const;
export type CountMode = (typeof COUNT_MODES)[number];

export const COUNT_MODE_LABELS: Record<CountMode, string> = { best: '取最高分', last: '取最后一次' };

/** Paper lifecycle. Members only ever see published papers. */
export const PAPER_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

/**
 * What a paper is for. An exam (考试型) keeps its question pool out of practice, the wrong-answer
 * book and results until it closes for the member; a study paper (学习型) may be practised while
 * it is open. Exam is the default: an organizer opts in to learning.
 */
export const PAPER_PURPOSES = ['exam', 'study'] as const;
export type PaperPurpose = (typeof PAPER_PURPOSES)[number];

export const PAPER_PURPOSE_LABELS: Record<PaperPurpose, string> = { exam: '考试型', study: '学习型' };

export const MAX_PAPER_QUESTIONS = 200;
export const MAX_OPTIONS = 8;

export type { PaperWindow };
export * from './quiz-result-model';

// ---------------------------------------------------------------------------------------------
// What members see

/** The rules of a paper as the intro page states them. */
/** How a paper marks and counts: what its member page states and its editor sets. */
export interface PaperTerms {
  points: Record<QuestionType, number>;
  passScore: number;
  partialCredit: boolean;
  timeLimitMinutes: number;
  /** Epoch ms. */
  opensAt: number;
  closesAt: number;
  /** null = unlimited. */
  maxAttemptsTotal: number | null;
  maxAttemptsPerDay: number | null;
  counts: CountMode;
}

export interface PaperRules extends PaperTerms {
  questionCount: number;
  countsByType: Record<QuestionType, number>;
  maxScore: number;
}

/** My standing on a paper: nothing yet, an attempt under way, or the counted attempt's verdict. */
export type MyPaperState = 'todo' | 'in_progress' | 'passed' | 'failed';

export interface AttemptsLeft {
  /** null = unlimited. */
  total: number | null;
  today: number | null;
}

export interface PaperCard {
  id: string;
  title: string;
  window: PaperWindow;
  opensAt: number;
  closesAt: number;
  questionCount: number;
  timeLimitMinutes: number;
  maxScore: number;
  passScore: number;
  state: MyPaperState;
  /** Score of the attempt that counts, once there is one. */
  countedScore: number | null;
  /** Attempts I can still start now (the smaller of total and today's); null = unlimited. */
  attemptsLeft: number | null;
}

export interface MyAttemptSummary {
  attemptId: string;
  /** 1 for the first attempt. */
  n: number;
  status: 'in_progress' | 'submitted';
  startedAt: number;
  submittedAt: number | null;
  score: number | null;
  passed: boolean | null;
  usedSeconds: number | null;
}

export interface PaperIntro {
  id: string;
  title: string;
  description: string;
  window: PaperWindow;
  rules: PaperRules;
  /** Newest first. */
  attempts: MyAttemptSummary[];
  attemptsLeft: AttemptsLeft;
  /** An attempt under way, to continue rather than start. */
  inProgressId: string | null;
  canStart: boolean;
  /** Why not, in Chinese, when canStart is false and nothing is in progress. */
  blockedReason: string | null;
  counted: { score: number; passed: boolean } | null;
  /**
   * I can read this paper's key (an organizer of a bank it draws from, or of the unit that set it):
   * I may take it, but my result is 不计排名 and left out of rankings and unit averages.
   */
  unranked: boolean;
}

export interface OptionView {
  /** Random per attempt (or practice question); send it back to choose this option. */
  token: string;
  text: string;
}

/** A question as the answering screen shows it: no key, no explanation, no bank id. */
export interface LiveQuestion {
  index: number;
  type: QuestionType;
  stem: string;
  points: number;
  options: OptionView[];
}

export interface LiveAttempt {
  state: 'in_progress';
  attemptId: string;
  paperId: string;
  title: string;
  n: number;
  /** Epoch ms by the server's clock. */
  deadline: number;
  serverNow: number;
  /** Counting down from here is the only timer the phone runs. */
  remainingSeconds: number;
  questions: LiveQuestion[];
  /** My saved choices, by question index ([] = not answered). */
  answers: string[][];
  /** Marked for review, by question index. */
  flagged: boolean[];
}

export type AttemptState = LiveAttempt | { state: 'submitted'; attemptId: string; paperId: string };

export interface SaveAnswerOutput {
  savedAt: number;
}

export interface SubmitOutput {
  attemptId: string;
  paperId: string;
  score: number;
  maxScore: number;
  passed: boolean;
  usedSeconds: number;
  correctCount: number;
  questionCount: number;
  /** Marked by the server at the deadline (or submitted too late for the last answers to count). */
  autoSubmitted: boolean;
}

export interface WrongItemView {
  questionId: string;
  type: QuestionType;
  category: string;
  stem: string;
  options: string[];
  /** Indexes into options. */
  correct: number[];
  explanation: string;
  source: string;
  wrongCount: number;
  lastWrongAt: number;
  /** Right answers in practice since it last went wrong; at 2 it leaves the book. */
  rightCount: number;
}

export interface WrongBookOutput {
  total: number;
  categories: { category: string; count: number }[];
  /** Most recently wrong first. */
  items: WrongItemView[];
  /** Wrong answers to questions of exams still open for me: shown (and practised) once those close. */
  withheld: number;
  /** Categories of the bank open to me, for practice by category. */
  bankCategories: string[];
}

export const PRACTICE_SOURCES = ['wrong', 'bank'] as const;
export type PracticeSource = (typeof PRACTICE_SOURCES)[number];

/** Right answers in practice that take a question out of the wrong-answer book. */
export const RIGHTS_TO_LEAVE_BOOK = 2;

export interface PracticeQuestion {
  practiceId: string;
  type: QuestionType;
  category: string;
  stem: string;
  options: OptionView[];
  inBook: boolean;
  rightCount: number;
}

export interface PracticeNextOutput {
  /** null when there is nothing to practise (empty book or category). */
  question: PracticeQuestion | null;
  bookTotal: number;
}

export interface PracticeFeedback {
  right: boolean;
  correctTokens: string[];
  explanation: string;
  source: string;
  inBook: boolean;
  leftBook: boolean;
  rightCount: number;
  bookTotal: number;
}

export interface StudyPaperLine {
  paperId: string;
  title: string;
  attempts: number;
  bestScore: number;
  lastScore: number;
  maxScore: number;
  /** By the paper's own rule (best or last attempt). */
  passed: boolean;
  lastAt: number;
}

export interface StudyRecord {
  year: number;
  currentYear: number;
  exams: { papers: number; attempts: number; passedPapers: number; seconds: number };
  practice: { answered: number; right: number; seconds: number };
  wrongBookTotal: number;
  /** Most recent first. */
  papers: StudyPaperLine[];
}
