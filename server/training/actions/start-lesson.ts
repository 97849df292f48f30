import crypto from 'crypto';
import type { trainingContract } from '../../../domain/contract/training';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { visibleLesson } from '../lesson-access';
import { findLesson, findStudy, recordOpening } from '../repos/lessons';

/**
 * Opening a lesson starts its clock on the server: the minimum study time counts from this call,
 * and only a finish carrying this opening's session counts. A finished lesson stays finished.
 * Member, lesson and opening at once, one write (4 requests).
 */
export const startLesson: Handler<typeof trainingContract.startLesson> = async ({ lessonId }, ctx) => {
  const m = ctx.member;
  const [doc, study] = await Promise.all([findLesson(lessonId), findStudy(lessonId, m._id)]);
  const l = visibleLesson(doc, m);
  if (study?.finishedAt) {
    const startedAt = ms(study.startedAt);
    return { session: study.session, startedAt, finishableAt: startedAt + l.minSeconds * 1000, credited: true };
  }
  const session = crypto.randomBytes(12).toString('base64url');
  await recordOpening(lessonId, m._id, session, ctx.now);
  const startedAt = ctx.now.getTime();
  return { session, startedAt, finishableAt: startedAt + l.minSeconds * 1000, credited: false };
};
