import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { checkinExpiry, generationOf } from '../../../domain/rules/checkin-token';
import { signCheckinToken, signupCodeOf } from '../repos/checkin-tokens';
import { registrationIdOf } from '../repos/docs';
import { msOrNull } from '../../lib/time';
import { findEvent } from '../repos/events';
import { findRegistration, recordSignupCode } from '../repos/registrations';

/**
 * The member's signed check-in code, valid until a while after the event ends, so the page can keep
 * it and show it offline. Only a registration that holds a place gets one. Member, event and
 * registration (parallel), and the signing key once per function instance; the first time a
 * generation's 报名码 is shown it is recorded (one update), so check-in can find it.
 */
export const getCheckinCode: Handler<typeof eventContract.getCheckinCode> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const [event, reg] = await Promise.all([findEvent(eventId), findRegistration(registrationIdOf(eventId, member._id))]);
  if (!event || !reg || event.status === 'draft') throw new AppError('NOT_FOUND', '没有找到您的报名');
  const endsAt = msOrNull(event.endsAt) ?? 0;
  const expiresAt = checkinExpiry(endsAt);
  const holds = reg.state === 'confirmed';
  const generation = generationOf(reg);
  const [token, signupCode] = holds
    ? await Promise.all([signCheckinToken(reg._id, expiresAt, generation), signupCodeOf(reg._id, generation)])
    : [null, null];
  if (signupCode && (reg.signupCode !== signupCode || reg.signupCodeRound !== generation))
    await recordSignupCode(reg._id, signupCode, generation);
  return {
    eventId,
    registrationId: reg._id,
    state: reg.state,
    reason: reg.reason ?? null,
    token,
    signupCode,
    expiresAt: holds ? expiresAt : null,
    checkedInAt: msOrNull(reg.checkedInAt),
    name: reg.name,
    event: {
      id: event._id,
      kind: event.kind,
      title: event.title,
      place: event.place,
      startsAt: msOrNull(event.startsAt) ?? 0,
      endsAt,
    },
  };
};
