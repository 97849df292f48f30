import type { memberContract } from '../../../domain/contract/member';
import { managedRoot } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { pageMembers } from '../repos/members';
import { rosterRows } from '../repos/roster';
import { toListItem } from '../views';

/**
 * Registrations waiting in the caller's subtree (everywhere for admins), oldest first, each with
 * how it compares with the roster as it is now (a later import may have added the row): one more
 * request for the page's roster rows.
 */
export const listPending: Handler<typeof memberContract.listPending> = async (input, ctx) => {
  const actor = ctx.member;
  const { items, total } = await pageMembers(
    { status: 'pending', underUnit: managedRoot(actor) },
    input.page,
    input.pageSize,
    'submittedAt',
  );
  const rows = new Map((await rosterRows(items.map((m) => m.employeeNo))).map((r) => [r._id, r]));
  return {
    items: items.map((m) => toListItem(m, rows.get(m.employeeNo) ?? null)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};
