import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { AppError } from '../../../domain/errors';
import { countCheckedIn, countConfirmedUnder, markCheckedIn } from '../repos/checkin-marks';
import { verifyCheckinToken } from '../repos/checkin-tokens';
import { eventIdOfRegistration, type EventDoc, type RegistrationDoc } from '../repos/docs';
import { generationOf } from '../../../domain/rules/checkin-token';
import { findEvent } from '../repos/events';
import { findBySignupCode, findRegistration } from '../repos/registrations';
import { loadUnits } from '../../member/repos/units';
import { accessTo, assertCovers, type EventAccess } from '../authority';
import { toCheckinOutcome } from '../admin-views';
import { creditAttendance } from '../training-hours';

const NOT_HOLDING: Partial<Record<RegistrationDoc['state'], string>> = {
  pending: '该报名尚未审核通过，不能签到',
  waitlisted: '该职工仍在候补中，没有名额，不能签到',
  cancelled: '该职工已取消报名',
  removed: '该报名已被移除',
  rejected: '该申请未通过审核',
};

/** The running count the scanner shows, over what the organizer sees: the whole event, or their subtree. */
async function tally(event: EventDoc, access: EventAccess): Promise<[number, number]> {
  if (!access.underUnit) return [await countCheckedIn(event._id, null), event.seats.confirmed];
  return Promise.all([countCheckedIn(event._id, access.underUnit), countConfirmedUnder(event._id, access.underUnit)]);
}

/**
 * Checks in the holder of a signed code at the organizer's event. Refuses forged, expired and
 * other events' codes; a second scan changes nothing and says when they were checked in. One
 * conditional update decides, so two scanners never check a member in twice.
 * Requests: member, event, (secret once per instance), registration, update, count (two in
 * parallel for an organizer who sees only their subtree).
 */
/**
 * The registration a scanned token or a read-out 报名码 names, with the generation it was issued
 * for. A code is found only among this event's registrations, and only as last shown to its member.
 */
async function holderOf(
  eventId: string,
  token: string | undefined,
  code: string | undefined,
  now: Date,
): Promise<{ reg: RegistrationDoc | null; generation: number }> {
  if (token) {
    const { registrationId, generation } = await verifyCheckinToken(token, now);
    if (eventIdOfRegistration(registrationId) !== eventId) throw new AppError('BAD_REQUEST', '这不是本活动的签到码');
    return { reg: await findRegistration(registrationId), generation };
  }
  const found = await findBySignupCode(eventId, code ?? '');
  // Two registrations with one code (about one event in a million): ask for the QR code instead.
  if (found.length > 1) throw new AppError('CONFLICT', '报名码重复，请扫描对方的签到二维码');
  if (!found[0]) throw new AppError('NOT_FOUND', '没有这个报名码，请核对后重新输入');
  return { reg: found[0], generation: found[0].signupCodeRound ?? 0 };
}

export const checkIn: Handler<typeof eventAdminContract.checkIn> = async ({ eventId, token, code }, ctx) => {
  const member = ctx.member;
  const now = ctx.now;
  const event = await findEvent(eventId);
  if (!event || event.status === 'draft') throw new AppError('NOT_FOUND', '活动不存在');
  const access = await accessTo(member, event, loadUnits);
  const { reg, generation } = await holderOf(eventId, token, code, now);
  if (!reg) throw new AppError('NOT_FOUND', '报名记录不存在');
  const registrationId = reg._id;
  assertCovers(access, reg);
  // An organizer checking their own registration in would attend on their own say-so.
  if (reg.openid === member._id) throw new AppError('FORBIDDEN', '不能为自己签到，请由其他工作人员扫码');
  // A code from before a cancel and a new sign-up belongs to the registration that ended.
  if (generation !== generationOf(reg))
    throw new AppError('CONFLICT', '签到码已失效（报名已变更），请让对方重新打开签到码');
  if (reg.checkedInAt) {
    // A second scan credits nothing new, but repairs a credit an interrupted first scan never wrote.
    await creditAttendance(event, reg, new Date(reg.checkedInAt), now);
    return toCheckinOutcome(reg, new Date(reg.checkedInAt), true, ...(await tally(event, access)));
  }
  if (reg.state !== 'confirmed') throw new AppError('CONFLICT', NOT_HOLDING[reg.state] ?? '该报名不能签到');

  if (await markCheckedIn(registrationId, member._id, now)) {
    await creditAttendance(event, reg, now, now);
    return toCheckinOutcome(reg, now, false, ...(await tally(event, access)));
  }
  // Another scanner got there first (or the registration just ended): say which.
  const after = await findRegistration(registrationId);
  if (after?.checkedInAt)
    return toCheckinOutcome(after, new Date(after.checkedInAt), true, ...(await tally(event, access)));
  throw new AppError('CONFLICT', (after && NOT_HOLDING[after.state]) ?? '该报名不能签到');
};
