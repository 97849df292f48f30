import type { noticeContract } from '../../../domain/contract/notice';
import type { Handler } from '../../lib/dispatch';
import { addQuota, quotasOf } from '../../lib/subscriptions';
import { MAX_RECORDED_QUOTA } from '../../../domain/rules/notice-subscriptions';
import { toSubscriptions } from '../views';

/**
 * One accept in wx.requestSubscribeMessage = one send of that template (WeChat's one-time rule), so
 * each accepted kind adds exactly one to the member's count. The phone reports what was accepted;
 * WeChat still refuses a send without its own quota (43101), which the sender records.
 */
export const recordSubscriptions: Handler<typeof noticeContract.recordSubscriptions> = async ({ accepted }, ctx) => {
  const m = ctx.member;
  for (const kind of new Set(accepted)) await addQuota(m._id, kind, ctx.now, MAX_RECORDED_QUOTA);
  return toSubscriptions(await quotasOf(m._id));
};
