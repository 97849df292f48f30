import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { countMembersUnder } from '../repos/members';
import { loadUnits, updateUnit } from '../repos/units';
import { toUnitView } from '../views';

/**
 * Retires a unit. A unit with members cannot simply vanish: its members (any status) must be moved
 * first, and its active sub-units retired or moved. Retired units stay in the tree (history, codes
 * stay taken) but are never offered in pickers.
 */
export const retireUnit: Handler<typeof memberContract.retireUnit> = async (input, ctx) => {
  const units = await loadUnits();
  const unit = units.find((u) => u._id === input.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '单位不存在');
  if (unit.retired) return toUnitView(unit);
  const activeChildren = units.filter((u) => u.parentId === unit._id && !u.retired).length;
  if (activeChildren > 0) throw new AppError('CONFLICT', `该单位还有 ${activeChildren} 个下级单位，请先撤销或移走`);
  const members = await countMembersUnder(unit._id);
  if (members > 0) throw new AppError('CONFLICT', `该单位还有 ${members} 名成员，请先将成员转到其他单位`);
  await updateUnit(unit._id, { retired: true, updatedAt: ctx.now });
  return toUnitView({ ...unit, retired: true });
};
