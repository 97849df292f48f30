/**
 * The question bank as organizers manage it: searched and paged lists, the light keys a duplicate
 * check needs, writes by id. The member path reads the bank through quiz-questions.ts.
 */
import type { QuestionType } from '../../../domain/contract/quiz';
import { db } from '../../lib/cloud';
import { collection, command } from '../../lib/collection';
import { listOf, removedOf, row, rows, totalOf } from '../../lib/results';
import type { QuestionDoc } from './docs';

const PAGE = 1000;

export interface BankFilter {
  /** Banks of these units; null = every bank (admins). */
  ownerUnitIds: string[] | null;
  status: 'active' | 'retired';
  query?: string;
  category?: string;
  type?: QuestionType;
  tag?: string;
  difficulty?: 1 | 2 | 3;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function whereOf(f: BankFilter): Record<string, unknown> {
  const _ = command();
  const where: Record<string, unknown> = { status: f.status };
  if (f.ownerUnitIds) where.ownerUnitId = _.in(f.ownerUnitIds);
  if (f.category) where.category = f.category;
  if (f.type) where.type = f.type;
  if (f.difficulty) where.difficulty = f.difficulty;
  // An array field matches a single value when any element equals it.
  if (f.tag) where.tags = f.tag;
  if (f.query) where.stem = db().RegExp({ regexp: escapeRegExp(f.query), options: 'i' });
  return where;
}

/** One page, most recently changed first, and the total: two requests, run together. */
export async function pageQuestions(
  f: BankFilter,
  skip: number,
  limit: number,
): Promise<{ items: QuestionDoc[]; total: number }> {
  const where = whereOf(f);
  const [page, count] = await Promise.all([
    collection('quiz_questions')
      .where(where)
      .orderBy('updatedAt', 'desc')
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit)
      .get(),
    collection('quiz_questions').where(where).count(),
  ]);
  return { items: rows<QuestionDoc>(page), total: totalOf(count) };
}

/** Every question matching, paged through by `_id` (1000 per request): the export. */
export async function allQuestions(f: BankFilter): Promise<QuestionDoc[]> {
  const out: QuestionDoc[] = [];
  const base = whereOf(f);
  for (let after = ''; ;) {
    const where = after ? { ...base, _id: command().gt(after) } : base;
    const page = rows<QuestionDoc>(
      await collection('quiz_questions').where(where).orderBy('_id', 'asc').limit(PAGE).get(),
    );
    out.push(...page);
    if (page.length < PAGE) return out;
    after = page[page.length - 1]._id;
  }
}

export type BankKey = Pick<QuestionDoc, '_id' | 'type' | 'stem' | 'options' | 'importKey'>;

/** Type, stem and options of every active question in some banks: what a duplicate is checked against. */
export async function activeKeys(ownerUnitIds: string[] | null): Promise<BankKey[]> {
  const out: BankKey[] = [];
  const base: Record<string, unknown> = { status: 'active' };
  if (ownerUnitIds) base.ownerUnitId = command().in(ownerUnitIds);
  for (let after = ''; ;) {
    const where = after ? { ...base, _id: command().gt(after) } : base;
    const page = rows<BankKey>(
      await collection('quiz_questions')
        .where(where)
        .field({ _id: true, type: true, stem: true, options: true, importKey: true })
        .orderBy('_id', 'asc')
        .limit(PAGE)
        .get(),
    );
    out.push(...page);
    if (page.length < PAGE) return out;
    after = page[page.length - 1]._id;
  }
}

/** Categories and tags in use (active questions of some banks), for the list's filters: two aggregates. */
export async function bankFacets(ownerUnitIds: string[] | null): Promise<{ categories: string[]; tags: string[] }> {
  const match: Record<string, unknown> = { status: 'active' };
  if (ownerUnitIds) match.ownerUnitId = command().in(ownerUnitIds);
  const [cats, tags] = await Promise.all([
    collection('quiz_questions').aggregate().match(match).group({ _id: '$category' }).limit(200).end(),
    collection('quiz_questions').aggregate().match(match).unwind('$tags').group({ _id: '$tags' }).limit(500).end(),
  ]);
  const names = (res: unknown) =>
    listOf<{ _id: unknown }>(res)
      .map((g) => g._id)
      .filter((v): v is string => typeof v === 'string' && v.length > 0)
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return { categories: names(cats), tags: names(tags) };
}

/** Active questions per category, type and difficulty in some banks (the paper editor's quota hints). */
export async function bankCounts(
  ownerUnitIds: string[] | null,
): Promise<{ category: string; type: QuestionType; difficulty: 1 | 2 | 3; count: number }[]> {
  const $ = db().command.aggregate;
  const match: Record<string, unknown> = { status: 'active' };
  if (ownerUnitIds) match.ownerUnitId = command().in(ownerUnitIds);
  const res = await collection('quiz_questions')
    .aggregate()
    .match(match)
    .group({ _id: { category: '$category', type: '$type', difficulty: '$difficulty' }, count: $.sum(1) })
    .limit(1000)
    .end();
  return listOf<{ _id: { category: string; type: QuestionType; difficulty: 1 | 2 | 3 }; count: number }>(res).map(
    (g) => ({ ...g._id, count: g.count }),
  );
}

export async function findQuestion(id: string): Promise<QuestionDoc | null> {
  return row<QuestionDoc>(await collection('quiz_questions').doc(id).get());
}

/** Writes a question by its id: a retried import chunk rewrites the same documents. */
export async function putQuestion(doc: QuestionDoc): Promise<void> {
  const { _id, ...data } = doc;
  await collection('quiz_questions').doc(_id).set({ data });
}

export async function updateQuestion(id: string, data: Partial<Omit<QuestionDoc, '_id'>>): Promise<void> {
  await collection('quiz_questions').doc(id).update({ data });
}

export async function removeQuestion(id: string): Promise<boolean> {
  return removedOf(await collection('quiz_questions').doc(id).remove()) === 1;
}
