/**
 * The organizer side of quizzes (question bank, import/export, paper editor, results) and the two
 * things members see of it (leaderboards, certificates): the views the quizAdmin actions return.
 * No zod here, so pages can import the constants without shipping schemas; see ./quiz-admin.ts.
 */
import type { StudyCredit } from '../rules/training-subjects';
import type { Paged, UnitOption } from './common';
import type { PaperInput, PaperStatus, PaperWindow, QuestionType } from './quiz';
import type { QuestionContent } from '../rules/question-import';
import type { ResultFigures, ScoreBucket, UnitRow, UnitStanding } from '../rules/quiz-stats';
import type { SheetImportChunk, SheetImportReport } from './sheet-import';

export type { QuestionContent, ScoreBucket, UnitRow, UnitStanding };
export type { FileLink, RowRefusal, RowWarning, SheetImportChunk, SheetImportReport, SheetLine } from './sheet-import';

export const QUESTION_STATUSES = ['active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = { active: '在用', retired: '已停用' };

/** Rows one import file may hold (all its sheets): a larger bank is imported in parts. */
export const IMPORT_MAX_ROWS = 5000;

// ---------------------------------------------------------------------------------------------
// Question bank

export interface BankQuestion extends QuestionContent {
  id: string;
  status: QuestionStatus;
  ownerUnitId: string;
  ownerUnitName: string;
  /** The caller manages the owning unit (an ancestor's bank is usable in papers, not editable). */
  editable: boolean;
  /** Epoch ms. */
  updatedAt: number;
}

export interface BankPage extends Paged<BankQuestion> {
  /** Categories and tags in use in the bank the caller sees (for the filters). */
  categories: string[];
  tags: string[];
}

export interface RetireOutput {
  /** Deleted when no submitted paper used it; retired (kept, out of new papers) when one did. */
  outcome: 'deleted' | 'retired';
}

/** The check of a question file (nothing written yet): the shared sheet report, plus what the bank gains. */
export interface QuestionImportReport extends SheetImportReport {
  /** Good rows per category and type, as the organizer will find them in the bank. */
  summary: { category: string; type: QuestionType; count: number }[];
}

export type QuestionImportChunk = SheetImportChunk;

export type ImportQuestionsOutput =
  { mode: 'report'; report: QuestionImportReport } | { mode: 'commit'; chunk: QuestionImportChunk };

// ---------------------------------------------------------------------------------------------
// Papers

export interface AdminPaperCard {
  id: string;
  title: string;
  status: PaperStatus;
  window: PaperWindow;
  opensAt: number;
  closesAt: number;
  questionCount: number;
  maxScore: number;
  passScore: number;
  audienceNames: string[];
  withCertificate: boolean;
  /** Study hours a pass earns (issue 20), or null. */
  studyHours: StudyCredit | null;
  ownerUnitName: string;
  /** Members who have submitted at least once. */
  takenMembers: number;
  /** Someone has started it: only title, description, close time and certificate may change. */
  locked: boolean;
  /** The caller may edit it (it belongs to their subtree); others only see results for their part. */
  editable: boolean;
}

export interface AdminPaper extends AdminPaperCard {
  description: string;
  /** The settings as the editor form holds them. */
  setup: PaperInput;
  /** Questions of a fixed list, in order, to show in the editor. */
  fixedQuestions: FixedQuestionView[];
}

export interface FixedQuestionView {
  id: string;
  type: QuestionType;
  category: string;
  stem: string;
}

/** How many active questions the caller's papers can draw per category, type and difficulty. */
export interface BankCount {
  category: string;
  type: QuestionType;
  difficulty: 1 | 2 | 3;
  count: number;
}

export interface EditorData {
  paper: AdminPaper | null;
  /** Units the caller may aim at (their subtree), flat. */
  units: UnitOption[];
  bank: BankCount[];
}

export interface PreviewQuestion {
  index: number;
  questionId: string;
  type: QuestionType;
  category: string;
  difficulty: 1 | 2 | 3;
  stem: string;
  /** In the order a member would see them in this sample. */
  options: string[];
  /** Indexes into options. */
  answer: number[];
  points: number;
  explanation: string;
  source: string;
}

export interface PaperPreview {
  questionCount: number;
  maxScore: number;
  poolSize: number;
  countsByType: Record<QuestionType, number>;
  questions: PreviewQuestion[];
}

// ---------------------------------------------------------------------------------------------
// Results

export interface RankedMember {
  rank: number;
  name: string;
  employeeNo: string;
  unitName: string;
  score: number;
  passed: boolean;
  usedSeconds: number;
  attempts: number;
  submittedAt: number;
}

export interface HardQuestion {
  questionId: string;
  type: QuestionType;
  category: string;
  stem: string;
  answered: number;
  correct: number;
  /** Percent. */
  correctRate: number;
}

export interface ResultSummary extends ResultFigures {
  /** Among members who took it. */
  highest: number | null;
  lowest: number | null;
}

export interface PaperResults {
  paper: AdminPaperCard;
  /** Names of the units the figures cover (the caller's part of the audience). */
  scope: string[];
  summary: ResultSummary;
  /** Tree order, rolled up. */
  units: UnitRow[];
  distribution: ScoreBucket[];
  hardest: HardQuestion[];
  ranking: Paged<RankedMember>;
}

// ---------------------------------------------------------------------------------------------
// What members see

export interface LeaderboardPaper {
  id: string;
  title: string;
  window: PaperWindow;
  closesAt: number;
  withCertificate: boolean;
}

export interface MemberStanding {
  rank: number;
  /** Masked except my own. */
  name: string;
  score: number;
  usedSeconds: number;
  me: boolean;
}

export interface Leaderboard {
  /** Papers aimed at me that have opened, newest first. */
  papers: LeaderboardPaper[];
  paper: LeaderboardPaper | null;
  myUnit: {
    unitName: string;
    /** The top of my unit. */
    top: MemberStanding[];
    me: MemberStanding | null;
    of: number;
  } | null;
  /** Units at my unit's level across the paper's audience. */
  units: { levelLabel: string; byParticipation: UnitStanding[]; byAverage: UnitStanding[] } | null;
  /** I passed a paper that gives a certificate. */
  certificate: boolean;
}

export interface Certificate {
  paperId: string;
  paperTitle: string;
  memberName: string;
  unitName: string;
  score: number;
  maxScore: number;
  /** Epoch ms of the counted attempt's hand-in. */
  passedAt: number;
  unionName: string;
  /** Stable per member and paper, printed on the certificate. */
  serial: string;
}
