import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { rewriteMemberPathPrefix } from '../repos/members';
import { findUnit, updateUnit } from '../repos/units';
import { toUnitView } from '../views';

/** Renames a unit and the copy of its name every member at or below it carries (one update). */
export const renameUnit: Handler<typeof memberContract.renameUnit> = async (input, ctx) => {
  const unit = await findUnit(input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '单位不存在');
  if (unit.name === input.name) return toUnitView(unit);
  await updateUnit(unit._id, { name: input.name, updatedAt: ctx.now });
  // A unit at level L sits at position L-1 of every unitPath that contains it.
  await rewriteMemberPathPrefix(unit._id, { names: [input.name], from: unit.level - 1 }, ctx.now);
  return toUnitView({ ...unit, name: input.name });
};
