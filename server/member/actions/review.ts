import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { deliverIntent, intentFields, type CarriedMessage, type Message } from '../../lib/outbox';
import { releaseEmployeeNo } from '../repos/employee-numbers';
import { updateMemberIfStatus, type MemberDoc } from '../repos/members';
import { toListItem } from '../views';
import { managedMember } from './get-member';
import { messagePage } from '../../../domain/routes';

/**
 * Approve or reject a pending registration of the caller's subtree. The update only applies while
 * the registration is still pending, so two organizers deciding at once get one success and one
 * CONFLICT. A rejection gives the employee number back, so the right person can still register it.
 */
export const review: Handler<typeof memberContract.review> = async (input, ctx) => {
  const actor = ctx.member;
  const target = await managedMember(actor, input.id);
  if (target.status !== 'pending') throw new AppError('CONFLICT', '该申请已处理');
  const approve = input.decision === 'approve';
  const change: Partial<MemberDoc> = approve
    ? {
        status: 'verified',
        verifiedAt: ctx.now,
        verifiedBy: actor._id,
        reviewedAt: ctx.now,
        reviewedBy: actor._id,
        updatedAt: ctx.now,
      }
    : {
        status: 'rejected',
        rejectReason: input.reason ?? '',
        reviewedAt: ctx.now,
        reviewedBy: actor._id,
        updatedAt: ctx.now,
      };
  const submitted = new Date(target.submittedAt ?? target.createdAt).getTime();
  const message: Message = {
    openid: target._id,
    push: 'review_result',
    kind: 'review_result',
    title: approve ? '会员认证已通过' : '会员认证未通过',
    body: approve
      ? '您的会员注册已通过审核，欢迎加入工会娘家人。'
      : `您的会员注册未通过审核：${input.reason ?? ''}。可修改后重新提交。`,
    page: messagePage('home'),
    fields: ['会员注册审核', approve ? '已通过' : '未通过', approve ? '欢迎加入' : (input.reason ?? '')],
  };
  // One message per submission, promised in the same update as the decision: a crash after it
  // cannot lose it (the member's next call delivers it, see server/lib/dispatch.ts).
  const key = `rv_${target._id}_${submitted}`;
  const promise = intentFields(key, { message } satisfies CarriedMessage, ctx.now);
  if (!(await updateMemberIfStatus(target._id, 'pending', { ...change, ...promise } as Partial<MemberDoc>)))
    throw new AppError('CONFLICT', '该申请已处理');
  if (!approve) await releaseEmployeeNo(target.employeeNo, target._id);
  await deliverIntent(
    'members',
    target._id,
    key,
    { state: 'due', createdAt: ctx.now, tries: 0 },
    message,
    ctx.now,
  ).catch((err: unknown) => {
    console.error(`[member] review notice for ${target._id} not delivered yet`, err);
  });
  return toListItem({ ...target, ...change });
};
