import { OWN_APPLICANTS_ONLY } from '../authority';
import { mustManage } from '../../lib/authority';
import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { AppError } from '../../../domain/errors';
import { placesLeft } from '../../../domain/rules/event-seats';
import { isOver } from '../../../domain/rules/event-window';
import { approveAtomically } from '../review';
import { scheduleOf, seatRulesOf, type EventDoc, type RegistrationDoc } from '../repos/docs';
import { leaveAtomically } from '../cancel';
import { notifyReview } from '../notify-review';
import { notifyPromotions } from '../promotions';

/**
 * Approve or reject one application. Approval takes a place in a transaction on the event's counter
 * (FULL when none is left); rejection gives back nothing but the pending count and releases the
 * once-a-year claim. The applicant is told either way.
 */
export const review: Handler<typeof eventAdminContract.review> = async ({ registrationId, decision, reason }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const check = (event: EventDoc, reg: RegistrationDoc) => {
    mustManage(member, reg.unitPath, OWN_APPLICANTS_ONLY);
    if (isOver(scheduleOf(event), now.getTime())) throw new AppError('CLOSED', '活动已结束，不能再审核');
  };

  if (decision === 'approve') {
    const out = await approveAtomically(registrationId, member._id, now, check);
    if (out.changed) await notifyReview(out.event, out.registration, now);
    return {
      registrationId,
      state: out.registration.state,
      reason: out.registration.reason,
      placesLeft: placesLeft(seatRulesOf(out.event), out.seats),
      changed: out.changed,
    };
  }

  const out = await leaveAtomically({
    registrationId,
    to: 'rejected',
    now,
    by: member._id,
    reason: reason ?? null,
    check: (event, reg) => {
      check(event, reg);
      if (reg.state === 'rejected') return;
      if (reg.state !== 'pending') throw new AppError('CONFLICT', reg.state === 'cancelled' ? '申请人已取消报名' : '该申请已审核，不能再驳回');
    },
  });
  if (out.changed) {
    await notifyReview(out.event, out.registration, now);
    // A pending application holds no place, so nobody is promoted; kept for the day rules change.
    await notifyPromotions(out.event, out.promoted);
  }
  return {
    registrationId,
    state: out.registration.state,
    reason: out.registration.reason,
    placesLeft: placesLeft(seatRulesOf(out.event), out.seats),
    changed: out.changed,
  };
};
