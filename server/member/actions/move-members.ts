import { mustManage } from '../../lib/authority';
import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { moveMembersOfUnit } from '../repos/members';
import { loadUnits } from '../repos/units';
import { placeIn } from '../placement';

/** Empties a unit into another (e.g. before retiring it). Both ends must be in the caller's subtree. */
export const moveMembers: Handler<typeof memberContract.moveMembers> = async (input, ctx) => {
  const actor = ctx.member;
  if (input.fromUnitId === input.toUnitId)
    throw new AppError('BAD_REQUEST', '请选择另一个单位', [{ path: ['toUnitId'], message: '请选择另一个单位' }]);
  const units = await loadUnits();
  const from = units.find((u) => u._id === input.fromUnitId);
  if (!from) throw new AppError('NOT_FOUND', '单位不存在');
  mustManage(actor, from.path, '原单位不在您的管理范围内');
  const to = placeIn(units, input.toUnitId);
  mustManage(actor, to.unitPath, '目标单位不在您的管理范围内');
  return { moved: await moveMembersOfUnit(from._id, to, ctx.now) };
};
