import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { moveProblem, trailOf } from '../../../domain/rules/unit-tree';
import type { Handler } from '../../lib/dispatch';
import { rewriteMemberPathPrefix } from '../repos/members';
import { loadUnits, rewriteUnitPathPrefix, updateUnit } from '../repos/units';
import { toUnitView } from '../views';

/**
 * Moves a unit under a new parent one level up, with its whole subtree and every member in it.
 * Levels never change, so only the ancestors' part of each path changes, and it changes the same way
 * for every unit and member below: two multi-document updates rewrite those positions (ids and
 * names), however many documents there are, instead of reading and writing them page by page.
 */
export const moveUnit: Handler<typeof memberContract.moveUnit> = async (input, ctx) => {
  const units = await loadUnits();
  const unit = units.find((u) => u._id === input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '单位不存在');
  if (unit.retired) throw new AppError('CONFLICT', '单位已撤销');
  const parent = units.find((u) => u._id === input.parentId) ?? null;
  const tree = units.map(toUnitView);
  const problem = moveProblem(
    tree.find((u) => u.id === unit._id)!,
    parent ? toUnitView(parent) : null,
  );
  if (problem)
    throw new AppError(parent ? 'BAD_REQUEST' : 'NOT_FOUND', problem, [{ path: ['parentId'], message: problem }]);

  const prefixIds = parent!.path;
  const prefixNames = trailOf(tree, parent!._id);
  await updateUnit(unit._id, { parentId: parent!._id, updatedAt: ctx.now });
  const unitsMoved = await rewriteUnitPathPrefix(unit._id, prefixIds, ctx.now);
  const membersMoved = await rewriteMemberPathPrefix(unit._id, { ids: prefixIds, names: prefixNames }, ctx.now);
  return {
    unit: toUnitView({ ...unit, parentId: parent!._id, path: [...prefixIds, unit._id] }),
    unitsMoved,
    membersMoved,
  };
};
