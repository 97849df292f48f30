/**
 * Presents one question with its options in a fresh random order under fresh random tokens, and
 * keeps the key as tokens. The same for an exam attempt and a practice question.
 */
import type { QuestionType } from '../../domain/contract/quiz';
import { optionOrder, type RandomInt } from '../../domain/rules/draw';
import { freshTokens } from './random';

export interface KeyedQuestion {
  type: QuestionType;
  options: string[];
  /** Indexes into options. */
  answer: number[];
}

export interface Presented {
  /** Display order. */
  options: string[];
  tokens: string[];
  correct: string[];
}

export function present(q: KeyedQuestion, shuffleOptions: boolean, rand: RandomInt, taken: Set<string>): Presented {
  const order = optionOrder(q.options.length, q.type, shuffleOptions, rand);
  const tokens = freshTokens(order.length, taken);
  const key = new Set(q.answer);
  return {
    options: order.map((i) => q.options[i]),
    tokens,
    correct: order.flatMap((original, shown) => (key.has(original) ? [tokens[shown]] : [])),
  };
}
