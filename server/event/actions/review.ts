import { mustReview } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { AppError } from '../../../domain/errors';
import { placesLeft } from '../../../domain/rules/event-seats';
import { isOver } from '../../../domain/rules/event-window';
import { approve } from '../review';
import { eventIdOfRegistration, scheduleOf, seatRulesOf, type EventDoc, type RegistrationDoc } from '../repos/docs';
import { findEvent } from '../repos/events';
import { leave } from '../cancel';
import { kickNotices } from '../notices';

/**
 * Approve or reject one application. Approval takes a place (FULL when none is left) by the same
 * conditional updates as a sign-up; rejection gives back nothing but the pending count and releases
 * the once-a-year claim. Either way the result is promised to the applicant in the same update as
 * the decision, and sent right after.
 */
export const review: Handler<typeof eventAdminContract.review> = async ({ registrationId, decision, reason }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const eventId = eventIdOfRegistration(registrationId);
  const check = (event: EventDoc, reg: RegistrationDoc) => {
    mustReview(member, reg);
    if (isOver(scheduleOf(event), now.getTime())) throw new AppError('CLOSED', '活动已结束，不能再审核');
  };

  if (decision === 'approve') {
    const out = await approve(registrationId, eventId, member._id, now, check);
    if (out.changed) await kickNotices([registrationId]);
    // The counters as read just before, with this approval's place.
    const confirmed = out.event.seats.confirmed + (out.changed && out.registration.state === 'confirmed' ? 1 : 0);
    return {
      registrationId,
      state: out.registration.state,
      reason: out.registration.reason,
      placesLeft: placesLeft(seatRulesOf(out.event), { confirmed }),
      changed: out.changed,
    };
  }

  const event = await findEvent(eventId);
  if (!event) throw new AppError('NOT_FOUND', '报名记录不存在');
  const out = await leave({
    eventId,
    registrationId,
    to: 'rejected',
    now,
    by: member._id,
    reason: reason ?? null,
    event,
    check: (reg) => {
      check(event, reg);
      if (reg.state === 'rejected') return;
      if (reg.state !== 'pending')
        throw new AppError('CONFLICT', reg.state === 'cancelled' ? '申请人已取消报名' : '该申请已审核，不能再驳回');
    },
  });
  if (out.changed) await kickNotices([registrationId, ...out.promoted.map((w) => w._id)]);
  return {
    registrationId,
    state: out.registration.state,
    reason: out.registration.reason,
    placesLeft: placesLeft(seatRulesOf(event), event.seats),
    changed: out.changed,
  };
};
