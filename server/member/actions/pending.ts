import type { memberContract } from '../../../domain/contract/member';
import { managedRoot } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { pageMembers } from '../repos/members';
import { toListItem } from '../views';

/** Registrations waiting in the caller's subtree (everywhere for admins), oldest first. */
export const pending: Handler<typeof memberContract.pending> = async (input, ctx) => {
  const actor = ctx.member;
  const { items, total } = await pageMembers(
    { status: 'pending', underUnit: managedRoot(actor) },
    input.page,
    input.pageSize,
    'submittedAt',
  );
  return { items: items.map(toListItem), total, page: input.page, pageSize: input.pageSize };
};
