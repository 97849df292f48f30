import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { claimEmployeeNo, releaseEmployeeNo } from '../repos/employee-numbers';
import { saveMember, type MemberDoc } from '../repos/members';
import { findRosterRow } from '../repos/roster';
import { listUnits } from '../repos/units';
import { placeIn, type Placement } from '../placement';
import { toSelfView } from '../views';

/**
 * Registration (or a resubmission after a rejection, or a correction while pending). When the name
 * and number match the union's roster the member is verified at once, in the roster's unit (the
 * union's record wins over what was picked); otherwise an organizer of the unit approves.
 * Everything is checked before the first write, so a refused registration writes nothing.
 */
export const register: Handler<typeof memberContract.register> = async (input, ctx) => {
  const existing = ctx.member;
  if (existing?.status === 'verified')
    throw new AppError('CONFLICT', '您已是认证会员，如需修改姓名、工号或单位请联系所在工会');

  const [units, roster] = await Promise.all([listUnits(), findRosterRow(input.employeeNo)]);
  let place: Placement | null = null;
  if (roster && roster.name === input.name) {
    const rosterUnit = units.find((u) => u._id === roster.unitId && !u.retired);
    if (rosterUnit) place = placeIn(units, rosterUnit._id);
  }
  const rosterMatched = place !== null;
  place ??= placeIn(units, input.unitId);

  await claimEmployeeNo(input.employeeNo, ctx.openid, ctx.now);
  if (existing && existing.employeeNo !== input.employeeNo) await releaseEmployeeNo(existing.employeeNo, ctx.openid);

  const doc: MemberDoc = {
    _id: ctx.openid,
    name: input.name,
    employeeNo: input.employeeNo,
    phone: input.phone,
    ...place,
    role: existing?.role ?? 'worker',
    status: rosterMatched ? 'verified' : 'pending',
    rosterMatched,
    largeText: existing?.largeText ?? false,
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    submittedAt: ctx.now,
    ...(rosterMatched ? { verifiedAt: ctx.now, verifiedBy: 'roster' } : {}),
  };
  await saveMember(doc);
  return { status: doc.status === 'verified' ? 'verified' : 'pending', rosterMatched, member: toSelfView(doc) };
};
