import type { trainingContract } from '../../../domain/contract/training';
import { AppError } from '../../../domain/errors';
import { chinaClock } from '../../../domain/rules/china-time';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import type { MemberDoc } from '../../member/repos/members';
import { creditHours } from '../credit';
import { visibleLesson } from '../lesson-access';
import type { LessonDoc } from '../repos/docs';
import { findLesson, findStudy, markFinished } from '../repos/lessons';

const minutes = (s: number): string => (s >= 60 ? `${Math.floor(s / 60)}分${s % 60}秒` : `${s}秒`);

function credit(m: MemberDoc, l: LessonDoc, startedAt: number, finishedAt: Date, now: Date): Promise<boolean> {
  const seconds = Math.round((finishedAt.getTime() - startedAt) / 1000);
  return creditHours(
    { openid: m._id, name: m.name, unitId: m.unitId, unitPath: m.unitPath },
    {
      source: 'lesson',
      refId: l._id,
      title: l.title,
      credit: { subject: l.subject, hours: l.hours },
      at: finishedAt,
      proof: `学习${minutes(seconds)}（${chinaClock(startedAt)}–${chinaClock(finishedAt.getTime())}）`,
    },
    now,
  );
}

/**
 * Finishing counts only after the lesson's minimum time since this opening, on the server's clock,
 * and only once: the finish is a conditional update of the opening (still the latest, not yet
 * finished), and the credit is keyed by the lesson. A replayed finish re-checks the credit and
 * adds nothing. Member, lesson and opening at once, then one update and the credit.
 */
export const finishLesson: Handler<typeof trainingContract.finishLesson> = async ({ lessonId, session }, ctx) => {
  const m = ctx.member;
  const now = ctx.now;
  const [doc, study] = await Promise.all([findLesson(lessonId), findStudy(lessonId, m._id)]);
  const l = visibleLesson(doc, m);
  const out = { subject: l.subject, hours: l.hours };
  if (!study) throw new AppError('CONFLICT', '请先打开学习资料再完成学习');
  if (study.finishedAt) {
    // Finished before: make sure the credit landed (it may not have, if that call was cut short).
    const added = await credit(m, l, ms(study.startedAt), new Date(study.finishedAt), now);
    return { ...out, outcome: added ? 'credited' : 'already', secondsLeft: 0 };
  }
  if (study.session !== session) throw new AppError('CONFLICT', '这份资料已在别处重新打开，请在最近打开的页面完成学习');
  const startedAt = ms(study.startedAt);
  const secondsLeft = Math.ceil((startedAt + l.minSeconds * 1000 - now.getTime()) / 1000);
  if (secondsLeft > 0) return { ...out, outcome: 'too_early', secondsLeft };
  if (!(await markFinished(lessonId, m._id, session, now))) {
    const again = await findStudy(lessonId, m._id);
    if (!again?.finishedAt) throw new AppError('CONFLICT', '这份资料已在别处重新打开，请在最近打开的页面完成学习');
    await credit(m, l, ms(again.startedAt), new Date(again.finishedAt), now);
    return { ...out, outcome: 'already', secondsLeft: 0 };
  }
  const added = await credit(m, l, startedAt, now, now);
  return { ...out, outcome: added ? 'credited' : 'already', secondsLeft: 0 };
};
