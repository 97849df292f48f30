import type { noticeContract } from '../../../domain/contract/notice';
import type { Handler } from '../../lib/dispatch';
import { markWithdrawn } from '../repos/notices';
import { loadManaged } from '../manage';

/** Members stop seeing it at once; queue pages not yet sent are dropped by the drain. Idempotent. */
export const withdraw: Handler<typeof noticeContract.withdraw> = async ({ id }, ctx) => {
  const { notice } = await loadManaged(id, ctx);
  if (notice.status !== 'withdrawn') await markWithdrawn(id, ctx.now);
  return { state: 'withdrawn' };
};
