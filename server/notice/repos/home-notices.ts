/**
 * The notices a member sees with their own read receipt joined in: one aggregate instead of the
 * notices and then the member's receipts for them.
 */
import { collection, ownJoin } from '../../lib/collection';
import { listOf } from '../../lib/results';
import type { MemberDoc } from '../../member/repos/members';
import { visibleWhere, type NoticeHeader } from './notices';

export type NoticeWithRead = NoticeHeader & { read: unknown[] };

/** The first `limit` notices visible to the member, pinned first then newest, each with my receipt (or none). */
export async function listVisibleWithRead(
  member: Pick<MemberDoc, '_id' | 'unitPath' | 'role'>,
  now: Date,
  limit: number,
): Promise<NoticeWithRead[]> {
  const res = await collection('notices')
    .aggregate()
    .match(visibleWhere(member, now))
    .sort({ pinned: -1, publishAt: -1 })
    .limit(limit)
    .project({ blocks: 0 })
    .lookup(
      ownJoin({
        from: 'notice_reads',
        localField: '_id',
        foreignField: 'noticeId',
        openid: member._id,
        fields: { _id: 1 },
        as: 'read',
      }),
    )
    .end();
  return listOf<NoticeWithRead>(res);
}
