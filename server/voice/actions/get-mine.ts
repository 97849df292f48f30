import type { voiceContract } from '../../../domain/contract/voice';
import { AppError } from '../../../domain/errors';
import type { Handler } from '../../lib/dispatch';
import { findForOrganizer, findMine, updateFields } from '../repos/requests';
import { settle } from '../settle';
import { toMyDetail } from '../views';
import { writerKeyOf } from '../writer-link';

/** Loads one of the caller's own requests (NOT_FOUND for anybody else's), settled. */
export async function loadMine(id: string, openid: string, now: Date) {
  const doc = await findMine(id, await writerKeyOf(openid));
  if (!doc) throw new AppError('NOT_FOUND', '诉求不存在');
  return settle(doc, now);
}

/** My request with its timeline; opening it marks its replies seen. */
export const getMine: Handler<typeof voiceContract.getMine> = async ({ id }, ctx) => {
  const doc = await loadMine(id, ctx.member._id, ctx.now);
  const [master] = await Promise.all([
    doc.mergedInto ? findForOrganizer(doc.mergedInto) : Promise.resolve(null),
    doc.seenReplies < doc.replies ? updateFields(doc._id, { seenReplies: doc.replies }) : Promise.resolve(0),
  ]);
  return toMyDetail({ ...doc, seenReplies: doc.replies }, ctx.now, master);
};
