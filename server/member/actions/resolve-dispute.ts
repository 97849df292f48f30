import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import { canManageUnit } from '../../../domain/rules/authority';
import { messagePage } from '../../../domain/routes';
import type { Handler } from '../../lib/dispatch';
import { notify } from '../../lib/notify';
import { addAudit } from '../repos/audit';
import { findDispute, settleDispute } from '../repos/disputes';
import { holderOf, releaseEmployeeNo } from '../repos/employee-numbers';
import { findMember, type MemberDoc } from '../repos/members';
import { findRosterRow } from '../repos/roster';
import { loadUnits } from '../repos/units';
import { upholdDispute } from '../repos/settle';
import { placeIn } from '../placement';
import { disputeView } from '../dispute-views';

/**
 * An organizer settles a 工号 dispute. Upheld: the number, verified, goes to the claimant (in the
 * roster's unit when the number is on it) and the holder is turned away (rejected, role back to
 * worker), in one transaction with an audit entry. Dismissed: nothing changes but the dispute and
 * the audit log. A dispute outside the organizer's subtree is NOT_FOUND; one whose holder sits
 * outside it needs an organizer above both (FORBIDDEN).
 */
export const resolveDispute: Handler<typeof memberContract.resolveDispute> = async ({ id, decision, reason }, ctx) => {
  const actor = ctx.member;
  const d = await findDispute(id);
  if (!d || !canManageUnit(actor, d.unitPath)) throw new AppError('NOT_FOUND', '申诉不存在');
  if (d.state !== 'open') throw new AppError('CONFLICT', '该申诉已处理');
  const [holderId, units, row] = await Promise.all([holderOf(d.employeeNo), loadUnits(), findRosterRow(d.employeeNo)]);
  const holder = holderId ? await findMember(holderId) : null;
  if (holder && !canManageUnit(actor, holder.unitPath))
    throw new AppError('FORBIDDEN', '持有该工号的成员不在您的管理范围内，请由共同的上级工会处理');
  const settled = {
    state: decision === 'claimant' ? 'upheld' : 'dismissed',
    resolvedAt: ctx.now,
    resolvedBy: actor._id,
    reason,
  } as const;
  const audit = { subject: d.employeeNo, by: actor._id, at: ctx.now, reason, ref: d._id };

  if (decision === 'holder') {
    if (!(await settleDispute(d._id, settled))) throw new AppError('CONFLICT', '该申诉已处理');
    await addAudit({ ...audit, kind: 'dispute_dismissed', from: holderId, to: holderId });
    return disputeView({ ...d, ...settled }, holder, row, units);
  }

  const rosterUnit = row ? units.find((u) => u._id === row.unitId && !u.retired) : undefined;
  const place = placeIn(units, rosterUnit?._id ?? d.profile.unitId);
  const before = await findMember(d.claimant);
  const claimant: MemberDoc = {
    _id: d.claimant,
    name: d.profile.name,
    employeeNo: d.employeeNo,
    phone: d.profile.phone,
    phoneVerified: d.phoneVerified,
    ...place,
    role: 'worker',
    status: 'verified',
    rosterMatched: false,
    rosterCheck: d.rosterCheck,
    largeText: before?.largeText ?? false,
    createdAt: before?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
    submittedAt: d.createdAt,
    verifiedAt: ctx.now,
    verifiedBy: actor._id,
    reviewedAt: ctx.now,
    reviewedBy: actor._id,
  };
  const holderChange: Partial<MemberDoc> | null = holder
    ? {
        status: 'rejected',
        role: 'worker',
        rejectReason: `经工会核实，工号${d.employeeNo}属于他人；如有疑问请联系所在工会`,
        reviewedAt: ctx.now,
        reviewedBy: actor._id,
        updatedAt: ctx.now,
      }
    : null;
  const outcome = await upholdDispute({
    dispute: d,
    holderId,
    holderChange,
    claimant,
    settled,
    audit: { ...audit, kind: 'employee_no_moved', from: holderId, to: d.claimant },
  });
  if (outcome === 'settled') throw new AppError('CONFLICT', '该申诉已处理');
  // The claimant's earlier registration under another number gives that number back.
  if (before && before.employeeNo !== d.employeeNo) await releaseEmployeeNo(before.employeeNo, d.claimant);

  await notify({
    openid: d.claimant,
    kind: 'review_result',
    title: '工号申诉已核实',
    body: `经工会核实，工号${d.employeeNo}属于您，您已是认证会员。`,
    page: messagePage('home'),
    fields: ['工号申诉', '已通过', '欢迎加入'],
    dedupeKey: `dp_${d._id}`,
  });
  return disputeView({ ...d, ...settled }, holder ? { ...holder, ...holderChange } : null, row, units);
};
