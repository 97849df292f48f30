import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import { inheritedDeadline, inheritedRows } from '../../../domain/rules/training-plan';
import type { Handler } from '../../lib/dispatch';
import { trainingScope } from '../admin-scope';
import { plansOnPath, termsOf } from '../repos/plans';
import { planView } from '../plan-view';

/** A unit's plan with the floor its ancestors set. Member, units, the plans on the unit's path (3 requests). */
export const getPlanEditor: Handler<typeof trainingAdminContract.getPlanEditor> = async ({ year, unitId }, ctx) => {
  const scope = await trainingScope(ctx.member, unitId);
  const { unit } = scope;
  const plans = await plansOnPath(year, unit.path);
  const own = plans.find((p) => p.unitId === unit._id) ?? null;
  const ancestors = plans.filter((p) => p.unitId !== unit._id).sort((a, b) => a.unitPath.length - b.unitPath.length);
  const terms = ancestors.map(termsOf);
  return {
    year,
    unit: { id: unit._id, name: unit.name, level: unit.level },
    units: scope.options,
    plan: own ? planView(own) : null,
    inherited: {
      rows: inheritedRows(terms, unit.level),
      deadline: inheritedDeadline(terms),
      fromUnits: ancestors.map((p) => p.unitName),
    },
  };
};
