/** Organizers and surveys: list, edit a draft, publish (and tell the audience), close, results. */
import { randomBytes } from 'crypto';
import type { voiceContract } from '../../../domain/contract/voice';
import { AppError } from '../../../domain/errors';
import { normaliseAudience } from '../../../domain/rules/audience';
import { canManageUnit, managedRoot } from '../../../domain/rules/authority';
import { surveyProblem } from '../../../domain/rules/voice-survey';
import type { MemberCtx } from '../../lib/context';
import type { Handler } from '../../lib/dispatch';
import { loadUnits } from '../../member/repos/units';
import { trailOf } from '../../member/views';
import { allAnswers, findSurvey, insertSurvey, listOwned, updateIfStatus, type SurveyDoc } from '../survey/repos';
import { tellAudience } from '../survey/notify';
import { surveyResults as buildResults } from '../survey/results';
import { toDraftView, toManagedRow } from '../survey/views';
import { managedUnits, toOption } from '../units';

/** A survey owned in the organizer's subtree, else NOT_FOUND (ids of other units' surveys reveal nothing). */
export async function loadManagedSurvey(id: string, ctx: MemberCtx): Promise<SurveyDoc> {
  const s = await findSurvey(id);
  if (!s || !canManageUnit(ctx.member, s.ownerUnitPath)) throw new AppError('NOT_FOUND', '问卷不存在');
  return s;
}

export const listManagedSurveys: Handler<typeof voiceContract.listManagedSurveys> = async ({ page, pageSize }, ctx) => {
  const { items, total } = await listOwned(managedRoot(ctx.member), (page - 1) * pageSize, pageSize);
  return { items: items.map(toManagedRow), total, page, pageSize };
};

export const getSurveyEditor: Handler<typeof voiceContract.getSurveyEditor> = async ({ id }, ctx) => {
  const [s, units] = await Promise.all([
    id ? loadManagedSurvey(id, ctx) : Promise.resolve(null),
    managedUnits(ctx.member),
  ]);
  return { survey: s ? toDraftView(s) : null, units: units.map(toOption) };
};

export const saveSurvey: Handler<typeof voiceContract.saveSurvey> = async (input, ctx) => {
  const problem = surveyProblem(input.questions);
  if (problem) throw new AppError('BAD_REQUEST', problem);
  if (input.closesAt <= ctx.now.getTime()) throw new AppError('BAD_REQUEST', '截止时间须晚于现在');
  const units = await loadUnits();
  for (const unitId of input.audience.units) {
    const u = units.find((x) => x._id === unitId && !x.retired);
    if (!u) throw new AppError('BAD_REQUEST', '调研范围中有不存在的单位');
    if (!canManageUnit(ctx.member, u.path)) throw new AppError('FORBIDDEN', '只能面向本单位及下属单位调研');
  }
  const fields = {
    title: input.title,
    intro: input.intro,
    anonymous: input.anonymous,
    questions: input.questions,
    closesAt: new Date(input.closesAt),
    ...normaliseAudience(input.audience.units, input.audience.roles),
    updatedAt: ctx.now,
  };
  if (input.id) {
    await loadManagedSurvey(input.id, ctx);
    if (!(await updateIfStatus(input.id, 'draft', fields))) throw new AppError('CLOSED', '问卷已发布，不能再修改');
    return { id: input.id };
  }
  const trail = trailOf(ctx.member);
  const id = `s${randomBytes(8).toString('hex')}`;
  await insertSurvey({
    _id: id,
    ...fields,
    status: 'draft',
    publishedAt: null,
    ownerUnitId: ctx.member.unitId,
    ownerUnitPath: ctx.member.unitPath,
    ownerUnitName: trail[trail.length - 1] ?? '',
    authorName: ctx.member.name,
    answers: 0,
    notifyState: 'none',
    notifyCursor: '',
    createdAt: ctx.now,
  });
  return { id };
};

export const publishSurvey: Handler<typeof voiceContract.publishSurvey> = async ({ id }, ctx) => {
  const s = await loadManagedSurvey(id, ctx);
  if (s.status === 'draft') {
    if (new Date(s.closesAt) <= ctx.now) throw new AppError('BAD_REQUEST', '截止时间已过，请先修改截止时间');
    await updateIfStatus(id, 'draft', {
      status: 'published',
      publishedAt: ctx.now,
      notifyState: 'pending',
      updatedAt: ctx.now,
    });
  } else if (s.status === 'closed') {
    throw new AppError('CLOSED', '问卷已结束');
  }
  const now = await findSurvey(id);
  const notified = now && now.notifyState === 'pending' ? await tellAudience(now) : 0;
  return { status: 'published', notified };
};

export const closeSurvey: Handler<typeof voiceContract.closeSurvey> = async ({ id }, ctx) => {
  const s = await loadManagedSurvey(id, ctx);
  if (s.status === 'draft') throw new AppError('CLOSED', '问卷尚未发布');
  if (s.status === 'published')
    await updateIfStatus(id, 'published', { status: 'closed', notifyState: 'done', updatedAt: ctx.now });
  return { status: 'closed' };
};

/** Member + survey + units + its sheets (1000 a request). */
export const getSurveyResults: Handler<typeof voiceContract.getSurveyResults> = async ({ id, level }, ctx) => {
  const s = await loadManagedSurvey(id, ctx);
  const [sheets, units] = await Promise.all([allAnswers(s._id), managedUnits(ctx.member)]);
  return buildResults(s, sheets, units, level);
};
