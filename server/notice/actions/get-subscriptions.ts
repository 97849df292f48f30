import type { noticeContract } from '../../../domain/contract/notice';
import type { Handler } from '../../lib/dispatch';
import { quotasOf } from '../../lib/subscriptions';
import { toSubscriptions } from '../views';

export const getSubscriptions: Handler<typeof noticeContract.getSubscriptions> = async (_input, ctx) => {
  const m = ctx.member;
  return toSubscriptions(await quotasOf(m._id));
};
