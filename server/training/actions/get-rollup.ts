import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import type { Handler } from '../../lib/dispatch';
import { trainingScope } from '../admin-scope';
import { behindOf, deadlineOver, standingsUnder, totalsByUnit, unitRow } from '../rollup';

/**
 * Completion of my unit (or one of its subtree) for a year: the unit, each of its sub-units, and a
 * page of the members most behind. Member, units, then standingsUnder (see rollup.ts).
 */
export const getRollup: Handler<typeof trainingAdminContract.getRollup> = async (
  { year, unitId, page, pageSize },
  ctx,
) => {
  const scope = await trainingScope(ctx.member, unitId);
  const { unit, units } = scope;
  const { plans, members } = await standingsUnder(year, unit);
  const totals = totalsByUnit(unit, members);
  const children = units
    .filter((u) => u.parentId === unit._id && (!u.retired || totals.has(u._id)))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => unitRow(u, totals.get(u._id)));
  const behind = behindOf(members, scope);
  return {
    year,
    deadline: deadlineOver(unit, plans),
    total: unitRow(unit, totals.get(unit._id)),
    children,
    behind: { items: behind.slice((page - 1) * pageSize, page * pageSize), total: behind.length, page, pageSize },
    units: scope.options,
  };
};
