/** Lessons and the members' openings of them. */
import type { Role } from '../../../domain/roles';
import { collection, command } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { row, rows, totalOf, updatedOf } from '../../lib/results';
import { studyIdOf, type LessonDoc, type StudyDoc } from './docs';

const lessons = () => collection('training_lessons');
const studies = () => collection('training_studies');

/** Lists leave the body out: a card needs none of it. */
const CARD_FIELDS = { blocks: false } as const;

export async function findLesson(id: string): Promise<LessonDoc | null> {
  return row<LessonDoc>(await lessons().doc(id).get());
}

/** Published lessons aimed at a member, newest first (1 request). */
export async function lessonsFor(member: { unitPath: string[]; role: Role }, limit = 50): Promise<LessonDoc[]> {
  const _ = command();
  return rows<LessonDoc>(
    await lessons()
      .where({ audienceUnits: _.in(member.unitPath), audienceRoles: member.role, status: 'published' })
      .orderBy('publishedAt', 'desc')
      .limit(limit)
      .field(CARD_FIELDS)
      .get(),
  );
}

/** Lessons owned in a subtree (null = all), newest change first, with the total (2 requests). */
export async function pageOwnedLessons(
  root: string | null,
  skip: number,
  limit: number,
): Promise<{ items: LessonDoc[]; total: number }> {
  const where = root ? { ownerUnitPath: root } : {};
  const [items, total] = await Promise.all([
    lessons().where(where).orderBy('updatedAt', 'desc').skip(skip).limit(limit).field(CARD_FIELDS).get(),
    lessons().where(where).count(),
  ]);
  return { items: rows<LessonDoc>(items), total: totalOf(total) };
}

export async function insertLesson(doc: LessonDoc): Promise<void> {
  await lessons().add({ data: doc });
}

export async function updateLesson(id: string, data: Partial<Omit<LessonDoc, '_id'>>): Promise<void> {
  await lessons().doc(id).update({ data });
}

export async function findStudy(lessonId: string, openid: string): Promise<StudyDoc | null> {
  return row<StudyDoc>(await studies().doc(studyIdOf(lessonId, openid)).get());
}

/**
 * Records an opening: a new session from now, unless the lesson was finished (then nothing
 * changes: a finished lesson stays finished). True when the session was recorded.
 */
export async function recordOpening(lessonId: string, openid: string, session: string, now: Date): Promise<boolean> {
  const _ = command();
  const id = studyIdOf(lessonId, openid);
  const reopen = async () =>
    updatedOf(
      await studies()
        .where({ _id: id, finishedAt: null })
        .update({ data: { session, startedAt: now, opens: _.inc(1) } }),
    ) === 1;
  if (await reopen()) return true;
  const doc: StudyDoc = { _id: id, lessonId, openid, session, startedAt: now, finishedAt: null, opens: 1 };
  if (await addOnce(() => studies().add({ data: doc }))) return true;
  return reopen();
}

/** Marks the opening finished, only if it is still the latest and unfinished; true when this call did. */
export async function markFinished(lessonId: string, openid: string, session: string, now: Date): Promise<boolean> {
  const where = { _id: studyIdOf(lessonId, openid), session, finishedAt: null };
  return (
    updatedOf(
      await studies()
        .where(where)
        .update({ data: { finishedAt: now } }),
    ) === 1
  );
}
