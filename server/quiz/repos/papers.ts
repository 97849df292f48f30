/** Papers. Lists never read the frozen pool; only `start` does. */
import type { Role } from '../../../domain/roles';
import { collection, command } from '../../lib/collection';
import { rows } from '../../lib/results';
import type { PaperTerms } from '../../../domain/rules/paper-window';
import { ms, type PaperDoc, type PaperHead, type PoolIds } from './docs';

const WITHOUT_POOL = { pool: false } as const;

/** The paper for drawing: its pool without explanations and sources (a start never needs them). */
export async function findPaperForDraw(id: string): Promise<PaperDoc | null> {
  const found = rows<PaperDoc>(
    await collection('quiz_papers')
      .where({ _id: id })
      .field({ 'pool.explanation': false, 'pool.source': false })
      .limit(1)
      .get(),
  );
  return found[0] ?? null;
}

/** The pools of some papers (results and the wrong-answer book read explanations from them). */
export async function listPaperPools(ids: string[]): Promise<Pick<PaperDoc, '_id' | 'pool'>[]> {
  if (ids.length === 0) return [];
  return rows<Pick<PaperDoc, '_id' | 'pool'>>(
    await collection('quiz_papers')
      .where({ _id: command().in(ids) })
      .field({ _id: true, pool: true })
      .limit(ids.length)
      .get(),
  );
}

export async function findPaperHead(id: string): Promise<PaperHead | null> {
  const found = rows<PaperHead>(await collection('quiz_papers').where({ _id: id }).field(WITHOUT_POOL).limit(1).get());
  return found[0] ?? null;
}

/**
 * Published papers aimed at a member that have not closed (open now or upcoming), soonest
 * closing first. `openNow` keeps only those already open.
 */
export async function listPapersFor(
  member: { unitPath: string[]; role: Role },
  now: Date,
  openNow = false,
): Promise<PaperHead[]> {
  const _ = command();
  const where: Record<string, unknown> = {
    audienceUnits: _.in(member.unitPath),
    status: 'published',
    audienceRoles: member.role,
    closesAt: _.gt(now),
  };
  if (openNow) where.opensAt = _.lte(now);
  return rows<PaperHead>(
    await collection('quiz_papers').where(where).field(WITHOUT_POOL).orderBy('closesAt', 'asc').limit(100).get(),
  );
}

export async function insertPaper(doc: PaperDoc): Promise<void> {
  await collection('quiz_papers').add({ data: doc });
}

/** The terms the standing rule (domain/rules/paper-window) works on, in epoch ms. */
export function paperTerms(p: PaperHead): PaperTerms {
  return {
    opensAt: ms(p.opensAt),
    closesAt: ms(p.closesAt),
    maxAttemptsTotal: p.maxAttemptsTotal,
    maxAttemptsPerDay: p.maxAttemptsPerDay,
    counts: p.counts,
  };
}

/** What the exam lock reads of a paper: its id, total attempt limit and pool ids (no keys). */
export type LockPaper = Pick<PaperDoc, '_id' | 'maxAttemptsTotal'> & PoolIds;

const LOCK_FIELDS = { _id: true, maxAttemptsTotal: true, 'pool.id': true } as const;

/**
 * Exam papers (not 学习型) that have not closed and are aimed at the member: open now or upcoming,
 * since an upcoming paper's pool is already frozen.
 */
export async function listLockingPapers(member: { unitPath: string[]; role: Role }, now: Date): Promise<LockPaper[]> {
  const _ = command();
  const where = {
    status: 'published',
    closesAt: _.gt(now),
    purpose: _.neq('study'),
    audienceUnits: _.in(member.unitPath),
    audienceRoles: member.role,
  };
  return rows<LockPaper>(await collection('quiz_papers').where(where).field(LOCK_FIELDS).limit(200).get());
}

/** The same, by id, aimed at the member or not (papers they have an attempt under way on). */
export async function listLockingPapersByIds(ids: string[], now: Date): Promise<LockPaper[]> {
  if (ids.length === 0) return [];
  const _ = command();
  const where = { _id: _.in(ids), status: 'published', closesAt: _.gt(now), purpose: _.neq('study') };
  return rows<LockPaper>(await collection('quiz_papers').where(where).field(LOCK_FIELDS).limit(ids.length).get());
}
