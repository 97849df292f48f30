/**
 * A submitted attempt as the result page shows it (part of the quiz model, re-exported by
 * ./quiz-model.ts): the key, the verdicts and the explanations, or, for questions of an exam still
 * open for the member, only their own choices.
 */
import type { CountMode, QuestionType, SubmitOutput } from './quiz-model';

export interface ResultOption {
  text: string;
  chosen: boolean;
  correct: boolean;
}

export interface ResultQuestion {
  index: number;
  type: QuestionType;
  category: string;
  stem: string;
  /** With keyHidden, `correct` is false on every option: only my own choices are shown. */
  options: ResultOption[];
  points: number;
  /** null with keyHidden: the points earned would give the key away. */
  earned: number | null;
  /** null with keyHidden. */
  right: boolean | null;
  answered: boolean;
  /**
   * The question is in the pool of an exam still open for me (this paper, or another I may still
   * take): its key, explanation and whether I got it right wait until that exam closes for me.
   */
  keyHidden: boolean;
  explanation: string;
  /** Law and article, or other source, the explanation rests on. */
  source: string;
}

export interface AttemptResult extends SubmitOutput {
  title: string;
  n: number;
  passScore: number;
  startedAt: number;
  submittedAt: number;
  /** The attempt that counts for the paper (best or last), which may be another one. */
  counted: { mode: CountMode; score: number; passed: boolean; attemptId: string };
  /** My place among my unit's members on this paper, by counted score (ties share a place); null when 不计排名. */
  rank: { unitName: string; rank: number; of: number } | null;
  /** This attempt was taken by someone who can read the paper's key: 不计排名. */
  unranked: boolean;
  questions: ResultQuestion[];
}
