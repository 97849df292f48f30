import type { trainingContract } from '../../../domain/contract/training';
import type { Handler } from '../../lib/dispatch';
import { msOrNull } from '../../lib/time';
import { visibleLesson } from '../lesson-access';
import { lessonBlocks } from '../lesson-blocks';
import { findLesson, findStudy } from '../repos/lessons';
import { lessonView } from '../views';

/** A lesson to read. Member, then the lesson and my opening of it at once (3 requests). */
export const getLesson: Handler<typeof trainingContract.getLesson> = async ({ lessonId }, ctx) => {
  const [doc, study] = await Promise.all([findLesson(lessonId), findStudy(lessonId, ctx.member._id)]);
  const l = visibleLesson(doc, ctx.member);
  return lessonView(l, await lessonBlocks(l.blocks ?? []), msOrNull(study?.finishedAt));
};
