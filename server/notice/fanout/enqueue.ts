import type { Audience } from '../../../domain/rules/audience';
import { aimedIdsAfter } from '../repos/audience';
import { claimEnqueue, finishEnqueue, saveEnqueueCursor } from '../repos/notices';
import { addPage, pageId } from '../repos/queue';
import { AUDIENCE_READ, LEASE_MS, PAGE_SIZE } from './limits';

/** Splits members into queue pages for one notice and round. Returns how many members were queued. */
export async function queuePages(noticeId: string, round: number, openids: string[], now: Date): Promise<number> {
  const pages: string[][] = [];
  for (let i = 0; i < openids.length; i += PAGE_SIZE) pages.push(openids.slice(i, i + PAGE_SIZE));
  await Promise.all(
    pages.map((ids) =>
      addPage({
        _id: pageId(noticeId, round, ids[0]),
        noticeId,
        round,
        openids: ids,
        size: ids.length,
        status: 'queued',
        leaseUntil: now,
        attempts: 0,
        createdAt: now,
      }),
    ),
  );
  return openids.length;
}

export interface EnqueueResult {
  /** Members queued by this run. */
  queued: number;
  /** False when the deadline came first: the notice is pending again and the next drain run resumes. */
  done: boolean;
}

/**
 * Puts a live notice's publish messages in the queue: every aimed member, read in `_id` order a
 * thousand at a time, in pages. Only the run holding the notice's enqueue lease does it. Progress is
 * saved after each thousand, so a large audience is queued across runs (stopping at `deadline`) and a
 * run that dies is resumed where it stopped; page ids are deterministic, so repeating a step adds
 * nothing twice. Returns null when another run holds the lease or it was already done.
 */
export async function enqueueNotice(
  notice: Audience & { _id: string; enqueueCursor?: string },
  now: Date,
  deadline: number,
): Promise<EnqueueResult | null> {
  if (!(await claimEnqueue(notice._id, now, LEASE_MS))) return null;
  let after = notice.enqueueCursor ?? '';
  let queued = 0;
  for (;;) {
    const stepStarted = Date.now();
    const ids = await aimedIdsAfter(notice, after, AUDIENCE_READ);
    queued += await queuePages(notice._id, 0, ids, now);
    if (ids.length < AUDIENCE_READ) {
      await finishEnqueue(notice._id);
      return { queued, done: true };
    }
    after = ids[ids.length - 1];
    // Stop if the next thousand would likely end past the deadline (a step takes about as long as the last).
    const stop = Date.now() + (Date.now() - stepStarted) >= deadline;
    await saveEnqueueCursor(notice._id, after, stop);
    if (stop) return { queued, done: false };
  }
}
