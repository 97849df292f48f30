import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import { AppError } from '../../../domain/errors';
import { chinaYearRange } from '../../../domain/rules/china-time';
import { looseningProblems, normalisePlanRows } from '../../../domain/rules/training-plan';
import type { Handler } from '../../lib/dispatch';
import { trainingScope } from '../admin-scope';
import { planIdOf, type PlanDoc } from '../repos/docs';
import { plansOnPath, putPlan, termsOf } from '../repos/plans';
import { planView } from '../plan-view';

/**
 * Sets a unit's plan for a year. It may only tighten what the plans above ask (more hours, an
 * earlier deadline): a looser value is refused with the audience and subject named, and nothing is
 * written. Member, units, the plans on the path, one write (4 requests).
 */
export const savePlan: Handler<typeof trainingAdminContract.savePlan> = async (input, ctx) => {
  const scope = await trainingScope(ctx.member, input.unitId);
  const { unit, actor } = scope;
  const { from, to } = chinaYearRange(input.year);
  if (input.deadline < from || input.deadline >= to) {
    throw new AppError('BAD_REQUEST', `完成期限应在${input.year}年内`, [
      { path: ['deadline'], message: `完成期限应在${input.year}年内` },
    ]);
  }
  const rows = normalisePlanRows(input.rows, unit.level);
  if (rows.length === 0)
    throw new AppError('BAD_REQUEST', '请至少为一类人员设置学时', [
      { path: ['rows'], message: '本单位没有这一级别的人员' },
    ]);
  const plans = await plansOnPath(input.year, unit.path);
  const existing = plans.find((p) => p.unitId === unit._id);
  const ancestors = plans.filter((p) => p.unitId !== unit._id).map(termsOf);
  const problems = looseningProblems(ancestors, { unitLevel: unit.level, deadline: input.deadline, rows });
  if (problems.length) throw new AppError('BAD_REQUEST', problems[0].message, problems);
  const now = ctx.now;
  const doc: PlanDoc = {
    _id: planIdOf(input.year, unit._id),
    year: input.year,
    unitId: unit._id,
    unitPath: unit.path,
    unitName: unit.name,
    unitLevel: unit.level,
    deadline: new Date(input.deadline),
    rows,
    note: input.note ?? '',
    updatedBy: actor._id,
    updatedByName: actor.name,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  await putPlan(doc);
  return planView(doc);
};
