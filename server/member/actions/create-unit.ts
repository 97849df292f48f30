import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { MAX_UNIT_LEVEL, unitIdForCode, type UnitLevel } from '../../../domain/rules/unit-tree';
import type { Handler } from '../../lib/dispatch';
import { addUnit, loadUnits, type UnitDoc } from '../repos/units';
import { toUnitView } from '../views';

/** A new unit under an active parent (or a new branch company). Codes are unique, retired units included. */
export const createUnit: Handler<typeof memberContract.createUnit> = async (input, ctx) => {
  const units = await loadUnits();
  if (units.some((u) => u.code.toUpperCase() === input.code)) {
    throw new AppError('CONFLICT', `单位编码 ${input.code} 已被使用`, [
      { path: ['code'], message: '单位编码已被使用' },
    ]);
  }
  let level: UnitLevel = 1;
  let path: string[] = [];
  if (input.parentId) {
    const parent = units.find((u) => u._id === input.parentId);
    if (!parent) throw new AppError('NOT_FOUND', '上级单位不存在');
    if (parent.retired) throw new AppError('CONFLICT', '上级单位已撤销');
    if (parent.level >= MAX_UNIT_LEVEL)
      throw new AppError('BAD_REQUEST', '基层工会下不能再设下级单位', [
        { path: ['parentId'], message: '基层工会下不能再设下级单位' },
      ]);
    level = (parent.level + 1) as UnitLevel;
    path = parent.path;
  }
  const id = unitIdForCode(input.code);
  const doc: UnitDoc = {
    _id: id,
    code: input.code,
    name: input.name,
    parentId: input.parentId,
    level,
    path: [...path, id],
    retired: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  try {
    await addUnit(doc);
  } catch {
    // The id is derived from the code: a concurrent create of the same code lands here.
    throw new AppError('CONFLICT', `单位编码 ${input.code} 已被使用`, [
      { path: ['code'], message: '单位编码已被使用' },
    ]);
  }
  return toUnitView(doc);
};
