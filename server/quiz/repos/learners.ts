/**
 * One document per member: the wrong-answer book, the practice question in hand, practice totals.
 * Only its member writes it, and every write is guarded by the version it read (optimistic), so a
 * fold and a practice answer on two phones never overwrite each other.
 */
import { collection, command } from '../../lib/collection';
import { row, updatedOf } from '../../lib/results';
import type { LearnerDoc, PracticeCurrent, PracticeYear, WrongItem } from './docs';
import { addOnce } from '../../lib/db-errors';

export async function findLearner(openid: string): Promise<LearnerDoc | null> {
  return row<LearnerDoc>(await collection('quiz_learners').doc(openid).get());
}

export const emptyLearner = (openid: string, now: Date): LearnerDoc => ({
  _id: openid,
  items: {},
  foldedIds: [],
  practice: null,
  practiceYears: {},
  version: 0,
  updatedAt: now,
});

/** Creates the member's document; false when it already exists (another call made it first). */
export async function createLearner(doc: LearnerDoc): Promise<boolean> {
  return addOnce(() => collection('quiz_learners').add({ data: doc }));
}

/** What one guarded write changes. */
export interface LearnerChange {
  /** Book items to add or replace, by question id. */
  setItems?: Record<string, WrongItem>;
  removeItems?: string[];
  foldedIds?: string[];
  practice?: PracticeCurrent | null;
  lastPracticedQid?: string;
  /** Added to the year's practice totals. */
  practiceYear?: { year: string } & PracticeYear;
  practiceRate?: { windowStart: Date; count: number };
}

/** Applies the change if the document is still at `version`; false when someone else wrote first. */
export async function updateLearner(
  openid: string,
  version: number,
  now: Date,
  change: LearnerChange,
): Promise<boolean> {
  const _ = command();
  const data: Record<string, unknown> = { version: version + 1, updatedAt: now };
  for (const [qid, item] of Object.entries(change.setItems ?? {})) data[`items.${qid}`] = _.set(item);
  for (const qid of change.removeItems ?? []) data[`items.${qid}`] = _.remove();
  if (change.foldedIds) data.foldedIds = _.set(change.foldedIds);
  if (change.practice !== undefined) data.practice = _.set(change.practice);
  if (change.lastPracticedQid !== undefined) data.lastPracticedQid = change.lastPracticedQid;
  if (change.practiceRate) data.practiceRate = _.set(change.practiceRate);
  if (change.practiceYear) {
    const { year, answered, right, seconds } = change.practiceYear;
    data[`practiceYears.${year}.answered`] = _.inc(answered);
    data[`practiceYears.${year}.right`] = _.inc(right);
    data[`practiceYears.${year}.seconds`] = _.inc(seconds);
  }
  const res = await collection('quiz_learners').where({ _id: openid, version }).update({ data });
  return updatedOf(res) === 1;
}
