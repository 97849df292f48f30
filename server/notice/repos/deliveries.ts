import { emptyCounts, type DeliveryCounts, type DeliveryStatus } from '../../../domain/rules/notice-delivery';
import { collection, command } from '../../lib/collection';
import { db } from '../../lib/cloud';
import { listOf, rows } from '../../lib/results';
import { addOnce } from '../../lib/db-errors';

/**
 * One subscription-message delivery to one member: `${noticeId}_${openid}` for the publish (round 0),
 * `${noticeId}_r${round}_${openid}` for reminder rounds. The document is written BEFORE the send
 * (status 'sending'), so whoever fails to add it knows the member is already being handled: a
 * retried publish, an overlapping drain or a re-queued page never sends twice.
 */
export interface NoticeDeliveryDoc {
  _id: string;
  noticeId: string;
  round: number;
  openid: string;
  status: DeliveryStatus;
  errCode?: number;
  at: Date;
}

const deliveries = () => collection('notice_deliveries');

export const deliveryId = (noticeId: string, round: number, openid: string) =>
  round === 0 ? `${noticeId}_${openid}` : `${noticeId}_r${round}_${openid}`;

/** Existing deliveries among these ids (≤ 500), with their status. */
export async function existingDeliveries(ids: string[]): Promise<Map<string, DeliveryStatus>> {
  if (ids.length === 0) return new Map();
  const found = rows<{ _id: string; status: DeliveryStatus }>(
    await deliveries()
      .where({ _id: command().in(ids) })
      .limit(ids.length)
      .field({ status: true })
      .get(),
  );
  return new Map(found.map((d) => [d._id, d.status]));
}

/** Claims the member for this notice and round; false if already claimed by anyone. */
export async function claimDelivery(doc: NoticeDeliveryDoc): Promise<boolean> {
  return addOnce(() => deliveries().add({ data: doc }));
}

export async function finishDelivery(id: string, status: DeliveryStatus, at: Date, errCode?: number): Promise<void> {
  await deliveries()
    .doc(id)
    .update({ data: errCode === undefined ? { status, at } : { status, at, errCode } });
}

/**
 * Deliveries a dead run left in 'sending' become 'error': we cannot know whether WeChat sent them,
 * and sending again could send twice, which we never do.
 */
export async function markInterrupted(ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await deliveries()
    .where({ _id: command().in(ids), status: 'sending' })
    .update({ data: { status: 'error', errCode: -1, at } });
}

/** Counts per status for one notice and round (one aggregate). */
export async function deliveryCounts(noticeId: string, round: number): Promise<DeliveryCounts> {
  const $ = db().command.aggregate;
  const res = await deliveries()
    .aggregate()
    .match({ noticeId, round })
    .group({ _id: '$status', n: $.sum(1) })
    .limit(20)
    .end();
  const counts = emptyCounts();
  for (const g of listOf<{ _id: DeliveryStatus; n: number }>(res)) if (g._id in counts) counts[g._id] = g.n;
  return counts;
}
