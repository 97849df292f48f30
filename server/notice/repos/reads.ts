import { collection, command, countPerValue } from '../../lib/collection';
import { rows } from '../../lib/results';
import { addOnce } from '../../lib/db-errors';

/** One read receipt per member per notice (`_id = ${noticeId}_${openid}`): the first open counts. */
export interface NoticeReadDoc {
  _id: string;
  noticeId: string;
  openid: string;
  /** The reader's unit when they read it: reports roll up from here. */
  unitId: string;
  unitPath: string[];
  readAt: Date;
}

const reads = () => collection('notice_reads');

export const readId = (noticeId: string, openid: string) => `${noticeId}_${openid}`;

/** Records the read; false if this member had read it before (the receipt keeps the first time). */
export async function addRead(doc: NoticeReadDoc): Promise<boolean> {
  return addOnce(() => reads().add({ data: doc }));
}

/** Which of these notices the member has read (one request; ids ≤ 100). */
export async function readAmong(openid: string, noticeIds: string[]): Promise<Set<string>> {
  if (noticeIds.length === 0) return new Set();
  const ids = noticeIds.map((n) => readId(n, openid));
  const found = rows<{ noticeId: string }>(
    await reads()
      .where({ _id: command().in(ids) })
      .limit(ids.length)
      .field({ noticeId: true })
      .get(),
  );
  return new Set(found.map((r) => r.noticeId));
}

/** Of these members, the ones who have read the notice (one request per ≤ 500 ids). */
export async function readersAmong(noticeId: string, openids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < openids.length; i += 500) {
    const ids = openids.slice(i, i + 500).map((o) => readId(noticeId, o));
    const found = rows<{ openid: string }>(
      await reads()
        .where({ _id: command().in(ids) })
        .limit(ids.length)
        .field({ openid: true })
        .get(),
    );
    for (const r of found) out.add(r.openid);
  }
  return out;
}

/** Every reader's openid, paged through by `_id` (1000 per request). */
export async function allReaders(noticeId: string): Promise<Set<string>> {
  const out = new Set<string>();
  let after = '';
  for (;;) {
    const where = after ? { noticeId, _id: command().gt(after) } : { noticeId };
    const page = rows<{ _id: string; openid: string }>(
      await reads().where(where).orderBy('_id', 'asc').limit(1000).field({ openid: true }).get(),
    );
    for (const r of page) out.add(r.openid);
    if (page.length < 1000) return out;
    after = page[page.length - 1]._id;
  }
}

/** Readers per unit (the reader's own unit), one aggregate. */
export function readsByUnit(noticeId: string): Promise<Record<string, number>> {
  return countPerValue('notice_reads', { noticeId }, 'unitId');
}
