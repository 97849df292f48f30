import { OWN_APPLICANTS_ONLY } from '../authority';
import { mustManage } from '../../lib/authority';
import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { AppError } from '../../../domain/errors';
import { roleAtLeast } from '../../../domain/roles';
import { findRegistration } from '../repos/registrations';
import { tempUrls } from '../../lib/storage';
import { imageAnswers, proofsOf } from '../admin-views';
import { PROOF_URL_SECONDS } from './review-queue';

/**
 * The proof images of one registration, as temporary links: for the member who uploaded them and
 * for organizers of their unit or above; anyone else is told the registration does not exist.
 */
export const proofs: Handler<typeof eventAdminContract.proofs> = async ({ registrationId }, ctx) => {
  const member = ctx.member;
  const reg = await findRegistration(registrationId);
  if (!reg) throw new AppError('NOT_FOUND', '报名记录不存在');
  if (reg.openid !== member._id) {
    // Other members are told nothing exists; organizers are told they may not look.
    if (!roleAtLeast(member.role, 'organizer')) throw new AppError('NOT_FOUND', '报名记录不存在');
    mustManage(member, reg.unitPath, OWN_APPLICANTS_ONLY);
  }
  const answers = reg.answers ?? [];
  const urls = await tempUrls(
    imageAnswers(answers).map((a) => String(a.value)),
    PROOF_URL_SECONDS,
  );
  return { registrationId, images: proofsOf(answers, urls) };
};
