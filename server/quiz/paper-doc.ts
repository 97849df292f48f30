/**
 * Builds a paper document from an organizer's input and the questions its draw may use. Pure (no
 * database): the savePaper action and the demo seed both use it, so a seeded paper is exactly
 * what an organizer would have made.
 */
import type { z } from 'zod';
import { QUESTION_TYPES, type QuestionType, type zPaperInput } from '../../domain/contract/quiz';
import { normaliseAudience } from '../../domain/rules/audience';
import { normaliseQuotas, quotaShortfalls, type Shortfall } from '../../domain/rules/draw';
import { maxScoreOf } from '../../domain/rules/scoring';
import type { PaperDoc, PoolQuestion, QuestionDoc } from './repos/docs';

export type PaperSetup = z.output<typeof zPaperInput>;

/**
 * A paper's pool is read by every start: past this many questions, narrow the quotas (by
 * difficulty, or a smaller bank) instead. About 1 KB each keeps the paper well under 16 MB and a
 * start's read small.
 */
export const MAX_POOL = 1000;

/** A pool entry carries its bank's owner, so the paper can record whose banks it was drawn from. */
export type PoolCandidate = PoolQuestion & { ownerUnitId?: string };

export function poolEntry(
  q: Pick<
    QuestionDoc,
    | '_id'
    | 'type'
    | 'stem'
    | 'options'
    | 'answer'
    | 'explanation'
    | 'source'
    | 'category'
    | 'difficulty'
    | 'ownerUnitId'
  >,
): PoolCandidate {
  return {
    id: q._id,
    ownerUnitId: q.ownerUnitId,
    type: q.type,
    category: q.category,
    difficulty: q.difficulty,
    stem: q.stem,
    options: q.options,
    answer: q.answer,
    explanation: q.explanation,
    source: q.source,
  };
}

/** The questions of `candidates` a random draw can use, or the fixed list in its order (missing ids reported). */
export function poolFor<Q extends PoolQuestion>(setup: PaperSetup, candidates: Q[]): { pool: Q[]; missing: string[] } {
  if (setup.draw.mode === 'fixed') {
    const byId = new Map(candidates.map((q) => [q.id, q]));
    const missing = setup.draw.questionIds.filter((id) => !byId.has(id));
    const unique = [...new Set(setup.draw.questionIds)];
    return { pool: unique.flatMap((id) => byId.get(id) ?? []), missing };
  }
  const quotas = normaliseQuotas(setup.draw.quotas);
  const pool = candidates.filter((q) =>
    quotas.some(
      (k) =>
        k.category === q.category && k.type === q.type && (k.difficulty === undefined || k.difficulty === q.difficulty),
    ),
  );
  return { pool, missing: [] };
}

export function shortfallsOf(setup: PaperSetup, pool: PoolQuestion[]): Shortfall[] {
  return setup.draw.mode === 'random' ? quotaShortfalls(pool, setup.draw.quotas) : [];
}

function countsByType(setup: PaperSetup, pool: PoolQuestion[]): Record<QuestionType, number> {
  const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
  if (setup.draw.mode === 'random') for (const q of setup.draw.quotas) counts[q.type] += q.count;
  else for (const q of pool) counts[q.type] += 1;
  return counts;
}

export interface PaperMeta {
  id: string;
  ownerUnitId: string;
  createdBy: string;
  now: Date;
}

export function buildPaperDoc(setup: PaperSetup, candidates: PoolCandidate[], meta: PaperMeta): PaperDoc {
  const byType = countsByType(setup, candidates);
  // The owner goes to the paper's bankOwnerIds, not into every pool entry (starts read the pool).
  const bankOwnerIds = [...new Set(candidates.map((q) => q.ownerUnitId ?? meta.ownerUnitId))];
  const pool: PoolQuestion[] = candidates.map(({ ownerUnitId: _owner, ...q }) => q);
  const audience = normaliseAudience(setup.audienceUnits, setup.audienceRoles);
  return {
    _id: meta.id,
    title: setup.title,
    description: setup.description ?? '',
    ownerUnitId: meta.ownerUnitId,
    createdBy: meta.createdBy,
    audienceUnits: audience.audienceUnits,
    audienceRoles: audience.audienceRoles,
    status: 'published',
    draw: setup.draw,
    shuffleQuestions: setup.shuffleQuestions,
    shuffleOptions: setup.shuffleOptions,
    points: setup.points,
    partialCredit: setup.partialCredit,
    passScore: setup.passScore,
    timeLimitMinutes: setup.timeLimitMinutes,
    opensAt: new Date(setup.opensAt),
    closesAt: new Date(setup.closesAt),
    maxAttemptsTotal: setup.maxAttemptsTotal,
    maxAttemptsPerDay: setup.maxAttemptsPerDay,
    counts: setup.counts,
    purpose: setup.purpose,
    bankOwnerIds,
    questionCount: QUESTION_TYPES.reduce((n, t) => n + byType[t], 0),
    countsByType: byType,
    maxScore: maxScoreOf(QUESTION_TYPES.map((t) => byType[t] * setup.points[t])),
    pool,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
}
