import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { AppError } from '../../../domain/errors';
import { canManageUnit } from '../../../domain/rules/authority';
import { findRegistration } from '../repos/registrations';
import { tempUrls } from '../../lib/storage';
import { imageAnswers, proofsOf } from '../admin-views';
import { PROOF_URL_SECONDS } from './list-review-queue';

/**
 * The proof images of one registration, as temporary links: for the member who uploaded them and
 * for organizers of their unit or above; for anyone else the registration does not exist.
 */
export const getProofs: Handler<typeof eventAdminContract.getProofs> = async ({ registrationId }, ctx) => {
  const member = ctx.member;
  const reg = await findRegistration(registrationId);
  if (!reg || (reg.openid !== member._id && !canManageUnit(member, reg.unitPath)))
    throw new AppError('NOT_FOUND', '报名记录不存在');
  const answers = reg.answers ?? [];
  const urls = await tempUrls(
    imageAnswers(answers, reg.openid).map((a) => String(a.value)),
    PROOF_URL_SECONDS,
  );
  return { registrationId, images: proofsOf(answers, reg.openid, urls) };
};
