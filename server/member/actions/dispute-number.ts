import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { rosterCheckOf } from '../../../domain/rules/roster-check';
import type { Handler } from '../../lib/dispatch';
import { disputeIdOf, findDispute, openDispute, openDisputesOf, type DisputeDoc } from '../repos/disputes';
import { holderOf } from '../repos/employee-numbers';
import { findRosterRow } from '../repos/roster';
import { loadUnits } from '../repos/units';
import { placeIn } from '../placement';
import { provenPhone } from '../phone-proof';

/** Open claims one person may have: a real owner has one number; more is someone trying numbers. */
const MAX_OPEN_DISPUTES = 2;

/**
 * 这是我的工号: the real owner of a number someone else registered claims it. Nothing changes for
 * the holder until an organizer of the number's unit (the roster's, else the one picked) settles
 * it; they see both sides against the roster, the WeChat-proven phone above all. Asking again
 * keeps the one open claim; a caller trying number after number is stopped at two (RATE_LIMITED).
 */
export const disputeNumber: Handler<typeof memberContract.disputeNumber> = async (input, ctx) => {
  const me = ctx.member;
  if (me?.status === 'verified') throw new AppError('CONFLICT', '您已是认证会员，如工号有误请联系所在工会');
  const id = disputeIdOf(input.employeeNo, ctx.openid);
  const [units, row, holder, open, mine] = await Promise.all([
    loadUnits(),
    findRosterRow(input.employeeNo),
    holderOf(input.employeeNo),
    openDisputesOf(ctx.openid),
    findDispute(id),
  ]);
  if (!holder || holder === ctx.openid) throw new AppError('CONFLICT', '该工号目前没有被其他人注册，请直接提交注册');
  if (open >= MAX_OPEN_DISPUTES && mine?.state !== 'open')
    throw new AppError('RATE_LIMITED', '您的申诉已在处理中，请等待工会核实或直接联系所在工会');
  const chosen = placeIn(units, input.unitId);
  const rosterUnit = row ? units.find((u) => u._id === row.unitId) : undefined;
  const proven = await provenPhone(input.phoneCode);
  const doc: DisputeDoc = {
    _id: id,
    employeeNo: input.employeeNo,
    claimant: ctx.openid,
    holder,
    profile: { name: input.name, employeeNo: input.employeeNo, phone: proven ?? input.phone, unitId: chosen.unitId },
    phoneVerified: proven !== null,
    rosterCheck: rosterCheckOf(row, { name: input.name, provenPhone: proven }),
    unitPath: rosterUnit?.path ?? chosen.unitPath,
    state: 'open',
    createdAt: ctx.now,
  };
  const stored = await openDispute(doc);
  return { id: stored._id, state: stored.state };
};
