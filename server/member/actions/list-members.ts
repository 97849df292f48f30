import { mustManage } from '../../lib/authority';
import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { managedRoot } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { pageMembers } from '../repos/members';
import { findUnit } from '../repos/units';
import { toListItem } from '../views';

/** Members of a subtree the caller manages; a unit outside it is FORBIDDEN, not silently empty. */
export const listMembers: Handler<typeof memberContract.listMembers> = async (input, ctx) => {
  const actor = ctx.member;
  let underUnit = managedRoot(actor);
  if (input.unitId) {
    const unit = await findUnit(input.unitId);
    if (!unit) throw new AppError('NOT_FOUND', '单位不存在');
    mustManage(actor, unit.path, '该单位不在您的管理范围内');
    underUnit = unit._id;
  }
  const { items, total } = await pageMembers(
    { status: input.status, underUnit, search: input.q || undefined },
    input.page,
    input.pageSize,
    'employeeNo',
  );
  return { items: items.map((m) => toListItem(m)), total, page: input.page, pageSize: input.pageSize };
};
