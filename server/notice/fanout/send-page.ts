import type { DeliveryStatus } from '../../../domain/rules/notice-delivery';
import { notify, pushSubscriptionDetailed, type PushOutcome } from '../../lib/notify';
import { claimDelivery, deliveryId, existingDeliveries, finishDelivery, markInterrupted } from '../repos/deliveries';
import { closePage, type QueuePageDoc } from '../repos/queue';
import { readersAmong } from '../repos/reads';
import { withQuota } from '../../lib/subscriptions';
import type { NoticeHeader } from '../repos/notices';
import { noticeFields, noticePage, reminderFields } from '../messages';
import { SEND_CONCURRENCY } from './limits';
import { forEachLimited } from './pool';

export interface PageResult {
  sent: number;
  noQuota: number;
  failed: number;
  skipped: number;
}

const tally = (r: PageResult, status: DeliveryStatus) => {
  if (status === 'sent') r.sent++;
  else if (status === 'no_quota') r.noQuota++;
  else r.failed++;
};

const statusOf = (outcome: PushOutcome): DeliveryStatus => (outcome === 'duplicate' ? 'error' : outcome);

/**
 * Works one claimed page: every member not handled before gets their delivery record first (the
 * claim that prevents a second send), then the message, then the result on the record.
 * Publish pages push the subscription message only (the notice itself is the in-app item); reminder
 * pages go through notify(), which also leaves an in-app message, and skip members who have read it
 * since the round was queued.
 */
export async function sendPage(page: QueuePageDoc, notice: NoticeHeader | null): Promise<PageResult> {
  const result: PageResult = { sent: 0, noQuota: 0, failed: 0, skipped: 0 };
  const now = () => new Date();
  if (!notice || notice.status !== 'published') {
    // Withdrawn (or gone): what was not sent yet is dropped.
    await closePage(page._id, 'cancelled', now());
    return result;
  }
  const idOf = (openid: string) => deliveryId(page.noticeId, page.round, openid);
  const existing = await existingDeliveries(page.openids.map(idOf));
  if (page.attempts > 0) {
    // A run died on this page: whatever it left mid-send is recorded as failed, never re-sent.
    await markInterrupted(
      [...existing].filter(([, s]) => s === 'sending').map(([id]) => id),
      now(),
    );
  }
  let todo = page.openids.filter((o) => !existing.has(idOf(o)));
  result.skipped += page.openids.length - todo.length;

  if (page.round === 0) {
    const withSends = await withQuota(todo, 'notice');
    const fields = noticeFields(notice, now());
    await forEachLimited(todo, SEND_CONCURRENCY, async (openid) => {
      const id = idOf(openid);
      const base = { _id: id, noticeId: page.noticeId, round: 0, openid, at: now() };
      if (!withSends.has(openid)) {
        if (await claimDelivery({ ...base, status: 'no_quota' })) result.noQuota++;
        else result.skipped++;
        return;
      }
      if (!(await claimDelivery({ ...base, status: 'sending' }))) {
        result.skipped++;
        return;
      }
      const r = await pushSubscriptionDetailed({
        openid,
        kind: 'notice',
        title: notice.title,
        page: noticePage(notice._id),
        fields,
      });
      await finishDelivery(id, r.outcome, now(), r.errCode);
      tally(result, r.outcome);
    });
  } else {
    const readers = await readersAmong(page.noticeId, todo);
    result.skipped += readers.size;
    todo = todo.filter((o) => !readers.has(o));
    const fields = reminderFields(notice, now());
    await forEachLimited(todo, SEND_CONCURRENCY, async (openid) => {
      const id = idOf(openid);
      if (
        !(await claimDelivery({
          _id: id,
          noticeId: page.noticeId,
          round: page.round,
          openid,
          status: 'sending',
          at: now(),
        }))
      ) {
        result.skipped++;
        return;
      }
      const outcome = await notify({
        openid,
        kind: 'notice',
        title: `请阅读：${notice.title}`,
        body: `您还没有阅读通知「${notice.title}」，请及时查看。`,
        page: noticePage(notice._id),
        fields,
        dedupeKey: `nr_${page.noticeId}_${page.round}_${openid}`,
      });
      const status = statusOf(outcome);
      await finishDelivery(id, status, now());
      tally(result, status);
    });
  }
  await closePage(page._id, 'done', now());
  return result;
}
