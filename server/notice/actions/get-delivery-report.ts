import type { noticeContract } from '../../../domain/contract/notice';
import type { Handler } from '../../lib/dispatch';
import { deliveryCounts } from '../repos/deliveries';
import { queuedMembers } from '../repos/queue';
import { loadManaged } from '../manage';
import { stateOf } from '../views';

/** Member + notice + publish counts + queue + latest reminder round: 4–5 requests. */
export const getDeliveryReport: Handler<typeof noticeContract.getDeliveryReport> = async ({ id }, ctx) => {
  const { notice } = await loadManaged(id, ctx);
  const [publish, queued, reminder] = await Promise.all([
    deliveryCounts(id, 0),
    queuedMembers(id),
    notice.remindRound > 0 ? deliveryCounts(id, notice.remindRound) : Promise.resolve(null),
  ]);
  return {
    id,
    title: notice.title,
    state: stateOf(notice, ctx.now),
    publish,
    queued,
    reminder: reminder ? { round: notice.remindRound, counts: reminder } : null,
  };
};
