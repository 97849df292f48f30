import type { noticeContract } from '../../../domain/contract/notice';
import { AppError } from '../../../domain/errors';
import { prefetchedDoc, type Handler } from '../../lib/dispatch';
import { findVisibleNotice, visibleOrNull, type NoticeDoc } from '../repos/notices';
import { addRead, readId } from '../repos/reads';
import { addGroupOpen, openersInGroup } from '../repos/groups';
import { blockViews } from '../body-images';
import { openGIdOf } from '../group';

/**
 * Loads the notice and records the read in one call: the member and the notice (the dispatcher
 * reads them in one request), then the receipt insert (2 requests; +2 when opened from a group
 * card). The audience is checked before anything is written: a notice not aimed at the caller is
 * NOT_FOUND, exactly like one that does not exist, and leaves no receipt.
 */
export const open: Handler<typeof noticeContract.open> = async ({ id, cloudID }, ctx) => {
  const m = ctx.member;
  const pre = prefetchedDoc<NoticeDoc>(ctx, 'notices', id);
  const n = pre !== undefined ? visibleOrNull(pre, m, ctx.now) : await findVisibleNotice(id, m, ctx.now);
  if (!n) throw new AppError('NOT_FOUND', '通知不存在或已撤回');

  const groupReaders = async (): Promise<{ readers: number } | null> => {
    if (!cloudID) return null;
    const gid = await openGIdOf(cloudID);
    if (!gid) return null;
    await addGroupOpen(n._id, gid, m._id, ctx.now);
    return { readers: await openersInGroup(n._id, gid) };
  };

  const [firstRead, blocks, group] = await Promise.all([
    addRead({
      _id: readId(n._id, m._id),
      noticeId: n._id,
      openid: m._id,
      unitId: m.unitId,
      unitPath: m.unitPath,
      readAt: ctx.now,
    }),
    blockViews(n.blocks),
    groupReaders(),
  ]);
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    pinned: n.pinned,
    publishedAt: n.publishAt ? new Date(n.publishAt).getTime() : 0,
    issuer: n.ownerUnitName,
    blocks,
    link: n.link,
    firstRead,
    group,
  };
};
