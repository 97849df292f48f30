import crypto from 'node:crypto';
import type { noticeContract } from '../../../domain/contract/notice';
import { AppError } from '../../../domain/errors';
import { coversAudience, normaliseAudience } from '../../../domain/rules/audience';
import { canManageUnit } from '../../../domain/rules/authority';
import { bodyProblem, excerptOf, NOTICE_LIMITS } from '../../../domain/rules/notice-content';
import { goLiveAt, isEditable } from '../../../domain/rules/notice-visibility';
import type { Handler } from '../../lib/dispatch';
import { loadUnits } from '../../member/repos/units';
import { findLinkTarget, linkView } from '../repos/links';
import { insertNotice, updateUnsent, type NoticeDoc } from '../repos/notices';
import { loadManaged } from '../manage';
import { startSending } from '../publishing';
import { stateOf } from '../views';
import { msOrNull } from '../../lib/time';
import { isUploadOf } from '../../lib/storage';

/**
 * Body images must be the author's own notice uploads (or already in the notice being edited):
 * every member of the audience gets a link to them, made with the function's rights, so someone
 * else's file id (a member's proof, another brigade's roster) must never get in.
 */
function foreignImages(blocks: NoticeDoc['blocks'], openid: string, kept: ReadonlySet<string>): number[] {
  return blocks.flatMap((b, i) =>
    b.type === 'img' && !kept.has(b.fileID) && !isUploadOf(b.fileID, openid, 'notice') ? [i] : [],
  );
}

const imagesOf = (blocks: NoticeDoc['blocks']): Set<string> =>
  new Set(blocks.flatMap((b) => (b.type === 'img' ? [b.fileID] : [])));

const refuseForeign = (at: number[]): never => {
  throw new AppError(
    'BAD_REQUEST',
    '图片不是您上传的，请重新上传',
    at.map((i) => ({ path: ['blocks', i], message: '请重新上传图片' })),
  );
};

const newNoticeId = () => `n${Date.now().toString(36)}${crypto.randomBytes(5).toString('hex')}`;

/**
 * Creates a draft or edits a notice that has not gone out (draft or scheduled). Every aimed unit must
 * be in the caller's subtree. Editing a scheduled notice to a time already passed sends it now.
 */
export const save: Handler<typeof noticeContract.save> = async (input, ctx) => {
  const actor = ctx.member;
  const problem = bodyProblem(input.blocks);
  if (problem) throw new AppError('BAD_REQUEST', problem, [{ path: ['blocks'], message: problem }]);
  const now = ctx.now.getTime();
  if (input.publishAt !== null && input.publishAt > now + NOTICE_LIMITS.scheduleDays * 86_400_000) {
    throw new AppError('BAD_REQUEST', `定时发布最多提前${NOTICE_LIMITS.scheduleDays}天`, [
      { path: ['publishAt'], message: 'too far ahead' },
    ]);
  }

  const [units, link] = await Promise.all([
    loadUnits(),
    input.link ? findLinkTarget(input.link.kind, input.link.id) : Promise.resolve(null),
  ]);
  if (input.link && !link)
    throw new AppError('BAD_REQUEST', '关联的活动或考试不存在或未发布', [{ path: ['link'], message: 'not found' }]);
  const byId = new Map(units.map((u) => [u._id, u]));
  for (const unitId of input.audience.units) {
    const unit = byId.get(unitId);
    if (!unit || unit.retired)
      throw new AppError('BAD_REQUEST', '发送范围中有不存在的单位', [{ path: ['audience', 'units'], message: unitId }]);
    if (!canManageUnit(actor, unit.path)) throw new AppError('FORBIDDEN', `不能向“${unit.name}”发布通知`);
  }
  const audience = normaliseAudience(input.audience.units, input.audience.roles);
  // A link only to what every member of the audience can open: otherwise the notice would show some
  // of them the title of an event or paper that does not exist for them.
  if (link && !coversAudience(link, audience, (id) => byId.get(id)?.path ?? [id])) {
    throw new AppError('BAD_REQUEST', '关联的活动或考试不面向本通知的全部发送对象', [
      { path: ['link'], message: '请选择面向全部发送对象的活动或考试' },
    ]);
  }
  const content = {
    title: input.title,
    category: input.category,
    blocks: input.blocks,
    excerpt: excerptOf(input.blocks),
    ...audience,
    pinned: input.pinned,
    link: link && linkView(link),
    updatedAt: ctx.now,
  };

  if (!input.id) {
    const foreign = foreignImages(input.blocks, actor._id, new Set());
    if (foreign.length) refuseForeign(foreign);
    const owner = byId.get(actor.unitId);
    const doc: NoticeDoc = {
      _id: newNoticeId(),
      ...content,
      status: 'draft',
      publishAt: input.publishAt === null ? null : new Date(input.publishAt),
      ownerUnitId: actor.unitId,
      ownerUnitPath: owner?.path ?? actor.unitPath,
      ownerUnitName: owner?.name ?? '',
      authorOpenid: actor._id,
      authorName: actor.name,
      enqueue: 'none',
      enqueueLeaseUntil: null,
      remindRound: 0,
      lastRemindAt: null,
      createdAt: ctx.now,
    };
    return { id: await insertNotice(doc) };
  }

  const { notice } = await loadManaged(input.id, ctx);
  const foreign = foreignImages(input.blocks, actor._id, imagesOf(notice.blocks));
  if (foreign.length) refuseForeign(foreign);
  if (!isEditable({ status: notice.status, publishAt: msOrNull(notice.publishAt) }, now)) {
    throw new AppError(
      'CONFLICT',
      stateOf(notice, ctx.now) === 'withdrawn'
        ? '通知已撤回，不能修改'
        : '通知已发布，不能修改；如需更正请撤回后重新发布',
    );
  }
  // A draft keeps the chosen time as is; a scheduled notice gets its actual go-live time.
  const publishAt =
    notice.status === 'draft'
      ? input.publishAt === null
        ? null
        : new Date(input.publishAt)
      : new Date(goLiveAt(input.publishAt, now));
  const ok = await updateUnsent(
    notice._id,
    { status: notice.status, enqueue: notice.enqueue },
    { ...content, publishAt },
  );
  if (!ok) throw new AppError('CONFLICT', '通知刚刚被修改或已发出，请刷新后重试');
  if (notice.status === 'published' && publishAt && publishAt.getTime() <= now)
    await startSending({ ...notice, ...audience }, ctx.now);
  return { id: notice._id };
};
