import type { trainingContract } from '../../../domain/contract/training';
import { AppError } from '../../../domain/errors';
import { chinaYear } from '../../../domain/rules/china-time';
import type { Handler } from '../../lib/dispatch';
import { isDuplicateKey } from '../../lib/db-errors';
import { essayIdOf } from '../essay-id';
import { isUploadOf } from '../../lib/storage';
import { checkText } from '../../lib/content-check';
import { snapshotOf } from '../../member/snapshot';
import { essayImages, imageLinks } from '../images';
import type { EssayDoc } from '../repos/docs';
import { findEssay, insertEssay, updateEssayIf } from '../repos/essays';
import { essayView } from '../views';

/**
 * Hands a 心得 in for review. The same text again is the same 心得: still pending, it takes the new
 * title, images and consent; returned, it goes back to the queue; accepted, it is refused (its hours
 * are counted). Images must be the member's own 心得 uploads (their path names them): anyone else's
 * file id is refused before anything is written, so an organizer's link never opens someone else's
 * file. Title and text pass WeChat's content check first (colleagues may read a shared 心得, and
 * the organizer always does): refused words are never stored. Member, the 心得, one write (3 requests).
 */
export const submitEssay: Handler<typeof trainingContract.submitEssay> = async (input, ctx) => {
  const m = ctx.member;
  const now = ctx.now;
  const year = chinaYear(now.getTime());
  const foreign = input.images.flatMap((fileID, i) => (isUploadOf(fileID, m._id, 'essay') ? [] : [i]));
  if (foreign.length)
    throw new AppError(
      'BAD_REQUEST',
      '图片不是您上传的，请重新上传',
      foreign.map((i) => ({ path: ['images', i], message: '请重新上传图片' })),
    );
  await checkText(m._id, `${input.title}\n${input.text}`);
  const id = essayIdOf(m._id, year, input.text);
  const fields = {
    title: input.title,
    subject: input.subject,
    images: input.images,
    share: input.share,
    submittedAt: now,
  };
  const existing = await findEssay(id);
  let doc: EssayDoc;
  if (existing) {
    if (existing.state === 'accepted') throw new AppError('CONFLICT', '这篇心得已通过审核，学时已计入，无需再次提交');
    const next = { ...fields, state: 'pending' as const };
    if (!(await updateEssayIf(id, existing.state, next)))
      throw new AppError('CONFLICT', '这篇心得刚刚被审核，请刷新后查看');
    doc = { ...existing, ...next };
  } else {
    doc = {
      _id: id,
      openid: m._id,
      year,
      ...snapshotOf(m),
      text: input.text,
      ...fields,
      state: 'pending',
      comment: '',
      hours: 0,
      reviewedAt: null,
      reviewedBy: null,
    };
    try {
      await insertEssay(doc);
    } catch (err) {
      // Two taps at once: the other one stored it.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return essayView({ ...doc, images: essayImages(doc) }, await imageLinks(essayImages(doc)));
};
