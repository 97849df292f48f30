/** Members and surveys: the open ones aimed at me, one to answer, and my answer (once). */
import type { voiceContract } from '../../../domain/contract/voice';
import { AppError } from '../../../domain/errors';
import { checkAnswers } from '../../../domain/rules/voice-survey';
import { command } from '../../lib/collection';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { checkText } from '../../lib/content-check';
import { addAnswer, answeredAmong, findAimedAt, listOpenFor, updateSurvey } from '../survey/repos';
import { toSurveyRow } from '../survey/views';
import { answerIdOf } from '../writer-link';

/** Member + open surveys + my sheets among them: 3 requests. */
export const listSurveys: Handler<typeof voiceContract.listSurveys> = async (_input, ctx) => {
  const open = await listOpenFor(ctx.member, ctx.now, 20);
  const ids = await Promise.all(open.map((s) => answerIdOf(s._id, ctx.member._id)));
  const done = await answeredAmong(ids);
  return { items: open.map((s, i) => toSurveyRow(s, done.has(ids[i]))) };
};

export const getSurvey: Handler<typeof voiceContract.getSurvey> = async ({ id }, ctx) => {
  const s = await findAimedAt(id, ctx.member);
  if (!s) throw new AppError('NOT_FOUND', '问卷不存在或未面向您所在单位');
  const answerId = await answerIdOf(s._id, ctx.member._id);
  const answered = (await answeredAmong([answerId])).has(answerId);
  return {
    ...toSurveyRow(s, answered),
    questionList: s.questions,
    open: s.status === 'published' && ms(s.closesAt) > ctx.now.getTime(),
    issuer: s.ownerUnitName,
  };
};

/** One sheet per member: its id is derived from the member, so a second answer collides. */
export const answerSurvey: Handler<typeof voiceContract.answerSurvey> = async ({ id, answers }, ctx) => {
  const m = ctx.member;
  const s = await findAimedAt(id, m);
  if (!s) throw new AppError('NOT_FOUND', '问卷不存在或未面向您所在单位');
  if (s.status !== 'published' || ms(s.closesAt) <= ctx.now.getTime()) throw new AppError('CLOSED', '问卷已结束');
  const checked = checkAnswers(s.questions, answers);
  if ('problem' in checked) throw new AppError('BAD_REQUEST', checked.problem);
  const words = checked.ok.flatMap((a) => (a.text ? [a.text] : [])).join('\n');
  if (words) await checkText(m._id, words);
  const added = await addAnswer({
    _id: await answerIdOf(s._id, m._id),
    surveyId: s._id,
    unitId: m.unitId,
    unitPath: m.unitPath,
    role: m.role,
    answers: checked.ok,
    // An anonymous sheet keeps neither name nor time: the time of an answer can point at a person.
    ...(s.anonymous ? {} : { name: m.name, answeredAt: ctx.now }),
  });
  if (!added) throw new AppError('CONFLICT', '您已提交过这份问卷，每人只能填写一次');
  await updateSurvey(s._id, { answers: command().inc(1) });
  return { answered: true };
};
