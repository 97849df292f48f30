import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { rosterCheckOf } from '../../../domain/rules/roster-check';
import type { Handler } from '../../lib/dispatch';
import { claimEmployeeNo, holderOf, releaseEmployeeNo } from '../repos/employee-numbers';
import { saveMember, type MemberDoc } from '../repos/members';
import { findRosterRow } from '../repos/roster';
import { loadUnits } from '../repos/units';
import { placeIn, type Placement } from '../placement';
import { provenPhone } from '../phone-proof';
import { toSelfView } from '../views';

/** What a second person registering a held number is told: how to claim it if it is theirs. */
export const NUMBER_HELD = '该工号已被其他微信用户注册。如果这是您的工号，请点“这是我的工号”提出申诉，由工会核实处理';

/**
 * Registration (or a resubmission after a rejection, or a correction while pending). Verified at
 * once only when the roster has this name and number AND WeChat proves the caller's phone (the
 * phone-number button) to be the roster row's: name and 工号 are no secret, so they alone prove
 * nothing. Then the roster's unit wins over the one picked. Anything else waits for an organizer of
 * the unit, who sees how it compared (rosterCheck). A number someone else holds is refused before
 * the phone code is spent, so the same code can go with a dispute (这是我的工号). Everything is
 * checked before the first write: a refused registration writes nothing.
 */
export const register: Handler<typeof memberContract.register> = async (input, ctx) => {
  const existing = ctx.member;
  if (existing?.status === 'verified')
    throw new AppError('CONFLICT', '您已是认证会员，如需修改姓名、工号或单位请联系所在工会');

  const [units, roster, holder] = await Promise.all([
    loadUnits(),
    findRosterRow(input.employeeNo),
    holderOf(input.employeeNo),
  ]);
  if (holder && holder !== ctx.openid) throw new AppError('CONFLICT', NUMBER_HELD);
  const proven = await provenPhone(input.phoneCode);
  const rosterCheck = rosterCheckOf(roster, { name: input.name, provenPhone: proven });
  let place: Placement | null = null;
  if (roster && rosterCheck === 'matched') {
    const rosterUnit = units.find((u) => u._id === roster.unitId && !u.retired);
    if (rosterUnit) place = placeIn(units, rosterUnit._id);
  }
  const rosterMatched = place !== null;
  place ??= placeIn(units, input.unitId);

  await claimEmployeeNo(input.employeeNo, ctx.openid, ctx.now).catch((err: unknown) => {
    throw err instanceof AppError && err.code === 'CONFLICT' ? new AppError('CONFLICT', NUMBER_HELD) : err;
  });
  if (existing && existing.employeeNo !== input.employeeNo) await releaseEmployeeNo(existing.employeeNo, ctx.openid);

  const doc: MemberDoc = {
    _id: ctx.openid,
    name: input.name,
    employeeNo: input.employeeNo,
    // The phone WeChat vouched for wins over the one typed.
    phone: proven ?? input.phone,
    phoneVerified: proven !== null,
    ...place,
    role: existing?.role ?? 'worker',
    status: rosterMatched ? 'verified' : 'pending',
    rosterMatched,
    rosterCheck,
    largeText: existing?.largeText ?? false,
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    submittedAt: ctx.now,
    ...(rosterMatched ? { verifiedAt: ctx.now, verifiedBy: 'roster' } : {}),
  };
  await saveMember(doc);
  return {
    status: doc.status === 'verified' ? 'verified' : 'pending',
    rosterMatched,
    rosterCheck,
    member: toSelfView(doc),
  };
};
