/**
 * Marking. Choices and keys are sets of option identifiers (per-attempt tokens on the server), so
 * the same rule marks an exam question and a practice question.
 */
import type { QuestionType } from '../contract/quiz';

export interface Markable {
  type: QuestionType;
  /** Identifiers of the correct option(s). */
  correct: readonly string[];
  points: number;
}

export interface Mark {
  earned: number;
  /** Exactly the right options chosen. */
  right: boolean;
}

/** Scores keep one decimal (half points exist); rounding here keeps sums free of float noise. */
export const roundScore = (x: number): number => Math.round(x * 10) / 10;

/** Same options chosen as the key, in any order. */
export function isRightChoice(correct: readonly string[], chosen: readonly string[]): boolean {
  const key = new Set(correct);
  const picked = new Set(chosen);
  return picked.size === key.size && [...picked].every((c) => key.has(c));
}

/**
 * Single choice and true/false: the one right option. Multiple choice: all or nothing, unless the
 * paper gives partial credit: then, with no wrong option picked, the share of right options picked.
 */
export function markQuestion(q: Markable, chosen: readonly string[], partialCredit: boolean): Mark {
  if (isRightChoice(q.correct, chosen)) return { earned: q.points, right: true };
  if (q.type === 'multiple' && partialCredit && chosen.length > 0) {
    const key = new Set(q.correct);
    const picked = new Set(chosen);
    if ([...picked].every((c) => key.has(c)))
      return { earned: roundScore((q.points * picked.size) / key.size), right: false };
  }
  return { earned: 0, right: false };
}

export interface PaperMark {
  score: number;
  correctCount: number;
  marks: Mark[];
}

export function markPaper(
  questions: readonly Markable[],
  answers: readonly (readonly string[])[],
  partialCredit: boolean,
): PaperMark {
  const marks = questions.map((q, i) => markQuestion(q, answers[i] ?? [], partialCredit));
  return {
    marks,
    score: roundScore(marks.reduce((s, m) => s + m.earned, 0)),
    correctCount: marks.filter((m) => m.right).length,
  };
}

export const maxScoreOf = (points: readonly number[]): number => roundScore(points.reduce((s, p) => s + p, 0));

export const isPassed = (score: number, passScore: number): boolean => score >= passScore;
