import { collection } from '../../lib/collection';
import { db } from '../../lib/cloud';
import { listOf, totalOf } from '../../lib/results';
import { addOnce } from '../../lib/db-errors';

/**
 * Group reach: a member opened a notice from a WeChat group's card. One document per notice, group
 * and member (`${noticeId}_${openGId}_${openid}`), so reopening counts once.
 */
export interface NoticeGroupDoc {
  _id: string;
  noticeId: string;
  openGId: string;
  openid: string;
  at: Date;
}

const groups = () => collection('notice_groups');

export async function addGroupOpen(noticeId: string, openGId: string, openid: string, at: Date): Promise<boolean> {
  const doc: NoticeGroupDoc = { _id: `${noticeId}_${openGId}_${openid}`.slice(0, 200), noticeId, openGId, openid, at };
  return addOnce(() => groups().add({ data: doc }));
}

/** Members who opened the notice from this group. */
export async function openersInGroup(noticeId: string, openGId: string): Promise<number> {
  return totalOf(await groups().where({ noticeId, openGId }).count());
}

export interface GroupReach {
  openGId: string;
  members: number;
  lastAt: Date;
}

/** Per group: members who opened it from there, most first (one aggregate, up to 200 groups). */
export async function reachOf(noticeId: string): Promise<GroupReach[]> {
  const $ = db().command.aggregate;
  const res = await groups()
    .aggregate()
    .match({ noticeId })
    .group({ _id: '$openGId', members: $.sum(1), lastAt: $.max('$at') })
    .sort({ members: -1, lastAt: -1 })
    .limit(200)
    .end();
  return listOf<{ _id: string; members: number; lastAt: Date | string }>(res).map((g) => ({
    openGId: g._id,
    members: g.members,
    lastAt: new Date(g.lastAt),
  }));
}
