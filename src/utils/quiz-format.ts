/** How the quiz pages write times and scores. */
import { QUESTION_TYPE_LABELS, type QuestionType } from '@domain/contract/quiz-model';

const pad = (n: number) => String(n).padStart(2, '0');

/** A countdown: `29:05`, or `1:02:03` past an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** Time spent: `12分30秒`, `1小时5分`, `45秒`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}小时${m}分`;
  if (m > 0) return `${m}分${s % 60 ? `${s % 60}秒` : ''}`;
  return `${s}秒`;
}

/** Scores keep one decimal only when they have one. */
export const score = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export const typeLabel = (t: QuestionType): string => QUESTION_TYPE_LABELS[t];

/** null = unlimited. */
export const limit = (n: number | null, unit = '次'): string => (n === null ? '不限' : `${n}${unit}`);
