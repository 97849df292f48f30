import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import { AppError } from '../../../domain/errors';
import { canManageUnit, managedRoot } from '../../../domain/rules/authority';
import { hoursText } from '../../../domain/rules/training-subjects';
import type { Handler } from '../../lib/dispatch';
import { notify } from '../../lib/notify';
import { ms } from '../../lib/time';
import { creditHours } from '../credit';
import { essayImages, imageLinks } from '../images';
import type { EssayDoc } from '../repos/docs';
import { findEssay, pagePending, updateEssayIf } from '../repos/essays';
import { messagePage } from '../../../domain/routes';
import { essayCard } from '../views';

/** 心得 awaiting review in my subtree, oldest first, with their images. Member, page and count (3 requests). */
export const listEssayQueue: Handler<typeof trainingAdminContract.listEssayQueue> = async ({ page, pageSize }, ctx) => {
  const { items, total } = await pagePending(managedRoot(ctx.member), (page - 1) * pageSize, pageSize);
  const urls = await imageLinks(items.flatMap(essayImages));
  return {
    items: items.map((e) => ({
      ...essayCard(e),
      images: essayImages(e).flatMap((fileID) => (urls.has(fileID) ? [{ fileID, url: urls.get(fileID)! }] : [])),
      employeeNo: e.employeeNo,
      share: e.share,
      submittedAt: ms(e.submittedAt),
    })),
    total,
    page,
    pageSize,
  };
};

const creditOf = (e: EssayDoc, hours: number, at: Date, now: Date) =>
  creditHours(
    { openid: e.openid, name: e.name, unitId: e.unitId, unitPath: e.unitPath },
    {
      source: 'essay',
      refId: e._id,
      title: e.title,
      credit: { subject: e.subject, hours },
      at,
      proof: '心得经组织者审核通过',
    },
    now,
  );

/**
 * Accepts a 心得 (its hours go to the author's ledger, once) or returns it with a reason. One
 * conditional update decides, so two organizers reviewing at once credit it once; a second accept
 * re-checks the credit and adds nothing. A 心得 outside my subtree is NOT_FOUND.
 */
export const reviewEssay: Handler<typeof trainingAdminContract.reviewEssay> = async (
  { essayId, decision, comment, hours },
  ctx,
) => {
  const actor = ctx.member;
  const now = ctx.now;
  const e = await findEssay(essayId);
  if (!e || !canManageUnit(actor, e.unitPath)) throw new AppError('NOT_FOUND', '心得不存在');
  if (e.state !== 'pending') {
    if (e.state === 'accepted' && decision === 'accept') {
      const credited = await creditOf(e, e.hours, new Date(e.reviewedAt ?? now), now);
      return { id: e._id, state: 'accepted', hours: e.hours, credited };
    }
    throw new AppError('CONFLICT', e.state === 'accepted' ? '该心得已通过审核' : '该心得已退回，等待作者修改');
  }
  const accepted = decision === 'accept';
  const fields = {
    state: accepted ? ('accepted' as const) : ('returned' as const),
    comment: comment ?? '',
    hours: accepted ? hours : 0,
    reviewedAt: now,
    reviewedBy: actor._id,
  };
  if (!(await updateEssayIf(e._id, 'pending', fields)))
    throw new AppError('CONFLICT', '该心得刚刚被其他组织者审核，请刷新');
  const credited = accepted ? await creditOf(e, hours, now, now) : false;
  await notify({
    openid: e.openid,
    kind: 'review_result',
    title: '心得审核结果',
    body: accepted
      ? `您的心得“${e.title}”已通过审核，计入${hoursText(hours)}学时。${comment ? `组织者评语：${comment}` : ''}`
      : `您的心得“${e.title}”被退回。原因：${comment ?? ''}。修改后可重新提交。`,
    page: messagePage('trainingEssays'),
    fields: [e.title, accepted ? '已通过' : '已退回', comment ?? (accepted ? `计入${hoursText(hours)}学时` : '')],
    dedupeKey: `essay_${e._id}_${now.getTime()}`,
  }).catch((err: unknown) => console.error(`[trainingAdmin] review notice for ${e._id} failed`, err));
  return { id: e._id, state: fields.state, hours: fields.hours, credited };
};
