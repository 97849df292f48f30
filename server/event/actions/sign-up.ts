import { prefetchedDoc, type Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { isUploadOf } from '../../lib/storage';
import { signUp as signUpFor } from '../signup';
import { kickNotices } from '../notices';
import { toMyRegistration } from '../views';
import { registrationIdOf, type EventDoc, type RegistrationDoc } from '../repos/docs';

/**
 * Confirmed while places remain, then waitlisted, else FULL; CLOSED outside the window; twice = the
 * same registration. A file in the answers must be the member's own proof upload (its path names
 * them): anyone else's file id is refused before anything is read or written, so an organizer's
 * proof link can never be made to point at someone else's file.
 */
export const signUp: Handler<typeof eventContract.signUp> = async ({ eventId, answers }, ctx) => {
  const foreign = answers.filter(
    (a) =>
      typeof a.value === 'string' &&
      a.value.trim().startsWith('cloud://') &&
      !isUploadOf(a.value.trim(), ctx.openid, 'proof'),
  );
  if (foreign.length) {
    throw new AppError(
      'BAD_REQUEST',
      '图片不是您上传的，请重新上传',
      foreign.map((a) => ({ path: ['answers', a.fieldId], message: '请重新上传图片' })),
    );
  }
  const { registration, position, promoted } = await signUpFor(eventId, ctx.member, answers, ctx.now, {
    event: prefetchedDoc<EventDoc>(ctx, 'events', eventId),
    registration: prefetchedDoc<RegistrationDoc>(ctx, 'registrations', registrationIdOf(eventId, ctx.member._id)),
  });
  await kickNotices((promoted ?? []).map((w) => w._id));
  return toMyRegistration(registration, position);
};
