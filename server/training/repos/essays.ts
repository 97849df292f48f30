/** 心得 / 经验总结 and their review. */
import { collection } from '../../lib/collection';
import { row, rows, totalOf, updatedOf } from '../../lib/results';
import type { EssayDoc } from './docs';

const essays = () => collection('training_essays');

export async function findEssay(id: string): Promise<EssayDoc | null> {
  return row<EssayDoc>(await essays().doc(id).get());
}

export async function insertEssay(doc: EssayDoc): Promise<void> {
  await essays().add({ data: doc });
}

/** Updates an essay only while it is in `state`: two reviewers at once see exactly one success. */
export async function updateEssayIf(
  id: string,
  state: EssayDoc['state'],
  data: Partial<Omit<EssayDoc, '_id'>>,
): Promise<boolean> {
  return updatedOf(await essays().where({ _id: id, state }).update({ data })) === 1;
}

export async function myEssays(openid: string, limit = 50): Promise<EssayDoc[]> {
  return rows<EssayDoc>(await essays().where({ openid }).orderBy('submittedAt', 'desc').limit(limit).get());
}

/** Pending essays of a subtree (null = all), oldest first, with the total (2 requests). */
export async function pagePending(
  root: string | null,
  skip: number,
  limit: number,
): Promise<{ items: EssayDoc[]; total: number }> {
  const where: Record<string, unknown> = { state: 'pending' };
  if (root) where.unitPath = root;
  const [items, total] = await Promise.all([
    essays().where(where).orderBy('submittedAt', 'asc').skip(skip).limit(limit).get(),
    essays().where(where).count(),
  ]);
  return { items: rows<EssayDoc>(items), total: totalOf(total) };
}

/** Accepted essays their authors agreed to share, from a subtree, newest first (2 requests). */
export async function pageShared(
  root: string,
  skip: number,
  limit: number,
): Promise<{ items: EssayDoc[]; total: number }> {
  const where = { state: 'accepted', share: true, unitPath: root };
  const [items, total] = await Promise.all([
    essays().where(where).orderBy('reviewedAt', 'desc').skip(skip).limit(limit).field({ images: false }).get(),
    essays().where(where).count(),
  ]);
  return { items: rows<EssayDoc>(items), total: totalOf(total) };
}
