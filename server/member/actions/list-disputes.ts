import type { memberContract } from '../../../domain/contract/member';
import { managedRoot } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { pageOpenDisputes } from '../repos/disputes';
import { membersByIds } from '../repos/members';
import { rosterRows } from '../repos/roster';
import { loadUnits } from '../repos/units';
import { disputeView } from '../dispute-views';

/** Open 工号 disputes in my subtree (admins: all), oldest first: the page, then holders, roster rows and units at once. */
export const listDisputes: Handler<typeof memberContract.listDisputes> = async ({ page, pageSize }, ctx) => {
  const { items, total } = await pageOpenDisputes(managedRoot(ctx.member), (page - 1) * pageSize, pageSize);
  const [holders, rows, units] = await Promise.all([
    membersByIds([...new Set(items.map((d) => d.holder))]),
    rosterRows(items.map((d) => d.employeeNo)),
    loadUnits(),
  ]);
  const holderBy = new Map(holders.map((m) => [m._id, m]));
  const rowBy = new Map(rows.map((r) => [r._id, r]));
  return {
    items: items.map((d) => disputeView(d, holderBy.get(d.holder) ?? null, rowBy.get(d.employeeNo) ?? null, units)),
    total,
    page,
    pageSize,
  };
};
