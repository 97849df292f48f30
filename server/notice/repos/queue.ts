import { collection, command } from '../../lib/collection';
import { rows, updatedOf } from '../../lib/results';
import { addOnce } from '../../lib/db-errors';

/**
 * The send queue. Publishing (or a reminder round) splits the audience into pages of members; each
 * drain run claims a page under a lease, sends to its members and marks it done. The lease outlives
 * the function's timeout, so a page is only ever worked by one run at a time, and a run that died is
 * replaced once its lease runs out.
 */
export interface QueuePageDoc {
  /** `${noticeId}_${round}_${first openid of the page}`: re-queueing the same audience adds nothing. */
  _id: string;
  noticeId: string;
  /** 0 = the publish; n = reminder round n. */
  round: number;
  openids: string[];
  size: number;
  status: 'queued' | 'running' | 'done' | 'cancelled';
  leaseUntil: Date;
  attempts: number;
  createdAt: Date;
  doneAt?: Date;
}

const queue = () => collection('notice_queue');

export const pageId = (noticeId: string, round: number, firstOpenid: string) => `${noticeId}_${round}_${firstOpenid}`;

/** Adds a page; false when that page is already queued (a retried publish). */
export async function addPage(page: QueuePageDoc): Promise<boolean> {
  return addOnce(() => queue().add({ data: page }));
}

/** Pages a run may take: queued, or running under an expired lease. Oldest first. */
export async function claimablePages(now: Date, limit: number): Promise<QueuePageDoc[]> {
  const _ = command();
  return rows<QueuePageDoc>(
    await queue()
      .where(_.or([{ status: 'queued' }, { status: 'running', leaseUntil: _.lt(now) }]))
      .orderBy('createdAt', 'asc')
      .limit(limit)
      .get(),
  );
}

/** Takes the page if nobody took it since we read it (its attempts count is the version). */
export async function claimPage(page: QueuePageDoc, now: Date, leaseMs: number): Promise<boolean> {
  const res = await queue()
    .where({ _id: page._id, status: page.status, attempts: page.attempts })
    .update({
      data: { status: 'running', leaseUntil: new Date(now.getTime() + leaseMs), attempts: page.attempts + 1 },
    });
  return updatedOf(res) === 1;
}

export async function closePage(id: string, status: 'done' | 'cancelled', at: Date): Promise<void> {
  await queue()
    .doc(id)
    .update({ data: { status, doneAt: at } });
}

/** Is some other run working a page right now (a live lease)? Then it will carry on the chain. */
export async function someoneRunning(now: Date): Promise<boolean> {
  const _ = command();
  const found = await queue()
    .where({ status: 'running', leaseUntil: _.gt(now) })
    .limit(1)
    .field({ _id: true })
    .get();
  return rows(found).length > 0;
}

/** Members of a notice still waiting in the queue (unfinished pages, up to 1000 pages). */
export async function queuedMembers(noticeId: string): Promise<number> {
  const _ = command();
  const pages = rows<{ size: number }>(
    await queue()
      .where({ noticeId, status: _.in(['queued', 'running']) })
      .limit(1000)
      .field({ size: true })
      .get(),
  );
  return pages.reduce((sum, p) => sum + p.size, 0);
}
