/**
 * Papers as organizers manage them: lists of the papers that concern a subtree, whole-document
 * writes from the editor, and which papers froze a question into their pool.
 */
import { db } from '../../lib/cloud';
import { collection, command } from '../../lib/collection';
import { listOf, rows, totalOf } from '../../lib/results';
import type { PaperDoc, PaperHead } from './docs';

const WITHOUT_POOL = { pool: false } as const;

export interface PaperConcern {
  /** Papers set up by these units (the organizer's subtree); null with `aimedAt` null = every paper (admins). */
  ownerUnitIds: string[] | null;
  /** ...or aimed at any of these units (the organizer's subtree and the units above it). */
  aimedAt: string[] | null;
}

function concernWhere(c: PaperConcern): Record<string, unknown> {
  const _ = command();
  if (!c.ownerUnitIds || !c.aimedAt) return {};
  return _.or([{ ownerUnitId: _.in(c.ownerUnitIds) }, { audienceUnits: _.in(c.aimedAt) }]) as unknown as Record<
    string,
    unknown
  >;
}

/** A page of the papers that concern a subtree, newest first, without pools, and their total. */
export async function pageManagedPapers(
  c: PaperConcern,
  skip: number,
  limit: number,
): Promise<{ items: PaperHead[]; total: number }> {
  const where = concernWhere(c);
  const [page, count] = await Promise.all([
    collection('quiz_papers')
      .where(where)
      .field(WITHOUT_POOL)
      .orderBy('createdAt', 'desc')
      .skip(skip)
      .limit(limit)
      .get(),
    collection('quiz_papers').where(where).count(),
  ]);
  return { items: rows<PaperHead>(page), total: totalOf(count) };
}

/** Replaces a paper whole (the editor's save and publish): the pool is frozen again with it. */
export async function putPaper(doc: PaperDoc): Promise<void> {
  const { _id, ...data } = doc;
  await collection('quiz_papers').doc(_id).set({ data });
}

/** Changes some fields of a paper (the terms that stay free once it has started, closing). */
export async function updatePaperFields(id: string, data: Partial<Omit<PaperDoc, '_id' | 'pool'>>): Promise<void> {
  await collection('quiz_papers').doc(id).update({ data });
}

/** Ids of the papers whose frozen pool holds a question. */
export async function papersHoldingQuestion(questionId: string): Promise<string[]> {
  const found = rows<{ _id: string }>(
    await collection('quiz_papers').where({ 'pool.id': questionId }).field({ _id: true }).limit(1000).get(),
  );
  return found.map((p) => p._id);
}

/** Has anyone started this paper? One indexed read of one id. */
export async function anyAttempt(paperId: string): Promise<boolean> {
  return rows(await collection('quiz_attempts').where({ paperId }).field({ _id: true }).limit(1).get()).length > 0;
}

/** Did anyone submit one of these papers? */
export async function anySubmitted(paperIds: string[]): Promise<boolean> {
  if (paperIds.length === 0) return false;
  const found = await collection('quiz_attempts')
    .where({ paperId: command().in(paperIds), status: 'submitted' })
    .field({ _id: true })
    .limit(1)
    .get();
  return rows(found).length > 0;
}

export interface PaperTakeUp {
  /** Members with any attempt. */
  started: number;
  /** Members with a submitted attempt. */
  taken: number;
}

/** Members who started and who submitted, per paper, for a page of papers: one aggregate. */
export async function takeUpOf(paperIds: string[]): Promise<Map<string, PaperTakeUp>> {
  const out = new Map<string, PaperTakeUp>();
  if (paperIds.length === 0) return out;
  const $ = db().command.aggregate;
  const res = await collection('quiz_attempts')
    .aggregate()
    .match({ paperId: command().in(paperIds) })
    .group({
      _id: { paperId: '$paperId', openid: '$openid' },
      submitted: $.max($.cond({ if: $.eq(['$status', 'submitted']), then: 1, else: 0 })),
    })
    .group({ _id: '$_id.paperId', started: $.sum(1), taken: $.sum('$submitted') })
    .limit(1000)
    .end();
  for (const g of listOf<{ _id: string; started: number; taken: number }>(res))
    out.set(g._id, { started: g.started, taken: g.taken });
  return out;
}

export interface PoolSummary {
  id: string;
  type: PaperDoc['pool'][number]['type'];
  category: string;
  stem: string;
}

/** A few questions of a paper's frozen pool (by id), without reading the whole pool: one aggregate. */
export async function poolEntries(paperId: string, questionIds: string[]): Promise<PoolSummary[]> {
  if (questionIds.length === 0) return [];
  const res = await collection('quiz_papers')
    .aggregate()
    .match({ _id: paperId })
    .project({ pool: true })
    .unwind('$pool')
    .match({ 'pool.id': command().in(questionIds) })
    .project({ _id: false, id: '$pool.id', type: '$pool.type', category: '$pool.category', stem: '$pool.stem' })
    .limit(questionIds.length)
    .end();
  return listOf<PoolSummary>(res);
}
