import type { noticeContract } from '../../../domain/contract/notice';
import type { Handler } from '../../lib/dispatch';
import { roleAtLeast } from '../../../domain/roles';
import { LIST_PAGE, listVisible } from '../repos/notices';
import { readAmong } from '../repos/reads';
import { quotaOf } from '../../lib/subscriptions';
import { toSummary } from '../views';

/** Member read + notices + my receipts among them + my new-notice quota: 4 requests. */
export const listMine: Handler<typeof noticeContract.listMine> = async ({ page }, ctx) => {
  const m = ctx.member;
  const [found, noticeQuota] = await Promise.all([
    listVisible(m, ctx.now, (page - 1) * LIST_PAGE, LIST_PAGE + 1),
    quotaOf(m._id, 'notice'),
  ]);
  const items = found.slice(0, LIST_PAGE);
  const read = await readAmong(
    m._id,
    items.map((n) => n._id),
  );
  const summaries = items.map((n) => toSummary(n, read.has(n._id)));
  return {
    items: summaries,
    unread: summaries.filter((s) => !s.read).length,
    page,
    hasMore: found.length > LIST_PAGE,
    noticeQuota,
    canManage: roleAtLeast(m.role, 'organizer'),
  };
};
