import { collection } from './collection';
import { rows, totalOf, updatedOf } from './results';

/** An in-app message as notify() stores it. */
export interface MessageDoc {
  _id: string;
  openid: string;
  kind: string;
  title: string;
  body: string;
  page: string;
  read: boolean;
  createdAt: Date;
}

/** One page of a member's messages, newest first, with the total (2 requests). */
export async function pageMessages(
  openid: string,
  page: number,
  pageSize: number,
): Promise<{ items: MessageDoc[]; total: number }> {
  const [items, total] = await Promise.all([
    collection('messages')
      .where({ openid })
      .orderBy('createdAt', 'desc')
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .get(),
    collection('messages').where({ openid }).count(),
  ]);
  return { items: rows<MessageDoc>(items), total: totalOf(total) };
}

export async function countUnread(openid: string): Promise<number> {
  return totalOf(await collection('messages').where({ openid, read: false }).count());
}

/** Marks one message (or all of them when id is undefined) read, only ever the member's own. */
export async function markRead(openid: string, id: string | undefined, now: Date): Promise<number> {
  const where = id ? { _id: id, openid, read: false } : { openid, read: false };
  return updatedOf(
    await collection('messages')
      .where(where)
      .update({ data: { read: true, readAt: now } }),
  );
}
