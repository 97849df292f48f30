import type { DrainOutput } from '../../../domain/contract/notice';
import { claimablePages, claimPage, someoneRunning } from '../repos/queue';
import { dueForQueue, findNotice, type NoticeHeader } from '../repos/notices';
import { enqueueNotice } from './enqueue';
import { kickDrain } from './kick';
import { CLAIM_BATCH, DRAIN_BUDGET_MS, DUE_BATCH, LEASE_MS } from './limits';
import { sendPage } from './send-page';

/**
 * One drain run: queue the messages of notices that are due (scheduled ones going live, a large
 * audience a publish did not finish queueing), then claim and send queue pages until the time budget
 * is spent or the queue is empty. If work is left and no other run is active, start the next run (the
 * timer trigger covers a lost one).
 */
export async function drain(now: Date): Promise<DrainOutput> {
  const started = Date.now();
  const deadline = started + DRAIN_BUDGET_MS;
  const timeLeft = () => Date.now() < deadline;
  const out: DrainOutput = { wentLive: 0, pages: 0, sent: 0, noQuota: 0, failed: 0, skipped: 0, more: false };

  let queueingLeft = false;
  const due = await dueForQueue(now, DUE_BATCH);
  for (const n of due) {
    if (!timeLeft()) {
      queueingLeft = true;
      break;
    }
    const res = await enqueueNotice(n, now, deadline);
    if (res) out.wentLive++;
    if (res && !res.done) queueingLeft = true;
  }
  if (due.length >= DUE_BATCH) queueingLeft = true;

  const notices = new Map<string, NoticeHeader | null>();
  const noticeOf = async (id: string) => {
    if (!notices.has(id)) notices.set(id, await findNotice(id));
    return notices.get(id) ?? null;
  };

  let stoppedForTime = false;
  for (;;) {
    if (!timeLeft()) {
      stoppedForTime = true;
      break;
    }
    const candidates = await claimablePages(new Date(), CLAIM_BATCH);
    if (candidates.length === 0) break;
    let claimedAny = false;
    for (const page of candidates) {
      if (!timeLeft()) {
        stoppedForTime = true;
        break;
      }
      if (!(await claimPage(page, new Date(), LEASE_MS))) continue;
      claimedAny = true;
      const r = await sendPage(page, await noticeOf(page.noticeId));
      out.pages++;
      out.sent += r.sent;
      out.noQuota += r.noQuota;
      out.failed += r.failed;
      out.skipped += r.skipped;
    }
    // Every candidate was taken by other runs: they are working the queue, leave it to them.
    if (!claimedAny || stoppedForTime) break;
  }

  if (stoppedForTime || queueingLeft) {
    const leftover = queueingLeft || (await claimablePages(new Date(), 1)).length > 0;
    if (leftover && (queueingLeft || !(await someoneRunning(new Date())))) {
      out.more = true;
      await kickDrain();
    }
  }
  return out;
}
