/**
 * Drawing a member's paper from a pool: quotas per category and type (optionally difficulty), or a
 * fixed list; shuffled questions and options. Randomness comes in as a function so the server can
 * use a cryptographic source and tests a seeded one.
 */
import type { DrawSpec, QuestionType, Quota } from '../contract/quiz';

/** A uniformly random integer in [0, maxExclusive). */
export type RandomInt = (maxExclusive: number) => number;

export interface Drawable {
  id: string;
  category: string;
  type: QuestionType;
  difficulty: number;
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], rand: RandomInt): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `count` distinct items, uniformly. */
export const sample = <T>(items: readonly T[], count: number, rand: RandomInt): T[] =>
  shuffle(items, rand).slice(0, count);

const quotaKey = (q: Quota) => `${q.category}\u0000${q.type}\u0000${q.difficulty ?? '*'}`;

/**
 * Identical quotas merged; quotas with a difficulty first, so a general quota of the same category
 * and type never takes the questions a specific one needs.
 */
export function normaliseQuotas(quotas: readonly Quota[]): Quota[] {
  const merged = new Map<string, Quota>();
  for (const q of quotas) {
    const prev = merged.get(quotaKey(q));
    merged.set(quotaKey(q), prev ? { ...prev, count: prev.count + q.count } : { ...q });
  }
  const all = [...merged.values()];
  return [...all.filter((q) => q.difficulty !== undefined), ...all.filter((q) => q.difficulty === undefined)];
}

const matches = (q: Quota, d: Drawable) =>
  d.category === q.category && d.type === q.type && (q.difficulty === undefined || d.difficulty === q.difficulty);

export interface Shortfall {
  quota: Quota;
  available: number;
}

/** Quotas the pool cannot fill (empty when every member's draw will succeed). */
export function quotaShortfalls(pool: readonly Drawable[], quotas: readonly Quota[]): Shortfall[] {
  const out: Shortfall[] = [];
  const reserved = new Map<string, number>();
  for (const q of normaliseQuotas(quotas)) {
    const general = `${q.category}\u0000${q.type}`;
    const matching = pool.filter((d) => matches(q, d)).length;
    // Specific quotas are disjoint by difficulty; a general one gets what they leave.
    const available = q.difficulty === undefined ? matching - (reserved.get(general) ?? 0) : matching;
    if (available < q.count) out.push({ quota: q, available: Math.max(0, available) });
    if (q.difficulty !== undefined) reserved.set(general, (reserved.get(general) ?? 0) + Math.min(q.count, matching));
  }
  return out;
}

/**
 * One member's questions. Random: each quota samples its own questions (never one twice); without
 * shuffling they stay grouped by quota, in pool order. Fixed: the list, in its order unless shuffled.
 * Returns null when the pool cannot satisfy the spec.
 */
export function drawQuestions<T extends Drawable>(
  pool: readonly T[],
  spec: DrawSpec,
  shuffleQuestions: boolean,
  rand: RandomInt,
): T[] | null {
  let chosen: T[];
  if (spec.mode === 'fixed') {
    const byId = new Map(pool.map((d) => [d.id, d]));
    const list = spec.questionIds.map((id) => byId.get(id));
    if (list.some((d) => d === undefined)) return null;
    chosen = list as T[];
  } else {
    if (quotaShortfalls(pool, spec.quotas).length > 0) return null;
    const taken = new Set<string>();
    const position = new Map(pool.map((d, i) => [d.id, i]));
    chosen = [];
    for (const q of normaliseQuotas(spec.quotas)) {
      const picked = sample(
        pool.filter((d) => !taken.has(d.id) && matches(q, d)),
        q.count,
        rand,
      );
      picked.forEach((d) => taken.add(d.id));
      chosen.push(...picked.sort((a, b) => position.get(a.id)! - position.get(b.id)!));
    }
  }
  return shuffleQuestions ? shuffle(chosen, rand) : chosen;
}

/**
 * The order options are shown in, as indexes into the stored options. True/false keeps 正确 before
 * 错误 (members expect it, and the texts themselves say which is which, so the order hides nothing).
 */
export function optionOrder(
  optionCount: number,
  type: QuestionType,
  shuffleOptions: boolean,
  rand: RandomInt,
): number[] {
  const natural = Array.from({ length: optionCount }, (_, i) => i);
  return shuffleOptions && type !== 'judge' ? shuffle(natural, rand) : natural;
}
