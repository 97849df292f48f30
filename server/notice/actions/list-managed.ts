import type { noticeContract } from '../../../domain/contract/notice';
import { managedRoot } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { listOwned } from '../repos/notices';
import { toManagedRow } from '../views';

export const listManaged: Handler<typeof noticeContract.listManaged> = async ({ page, pageSize }, ctx) => {
  const actor = ctx.member;
  const { items, total } = await listOwned(managedRoot(actor), (page - 1) * pageSize, pageSize);
  return { items: items.map((n) => toManagedRow(n, ctx.now)), total, page, pageSize };
};
