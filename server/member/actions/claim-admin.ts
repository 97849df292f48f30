import { AppError } from '../../../domain/errors';
import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { claimEmployeeNo } from '../repos/employee-numbers';
import { saveMember, patchMember, type MemberDoc } from '../repos/members';
import { loadUnits } from '../repos/units';
import { placeIn } from '../placement';
import { toSelfView } from '../views';

/**
 * The bootstrap of the first admin (docs/bootstrap.md): whoever deploys sets the member function's
 * environment variable ADMIN_OPENIDS (comma-separated OPENIDs). Only a caller on that list becomes
 * admin; nothing in a request can put anyone on it. Read at call time so a changed variable applies
 * without redeploying.
 */
export function bootstrapAdmins(): string[] {
  return (process.env.ADMIN_OPENIDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const claimAdmin: Handler<typeof memberContract.claimAdmin> = async (input, ctx) => {
  // The refusal tells the caller their own OPENID: that is how a deployer learns what to list.
  if (!bootstrapAdmins().includes(ctx.openid))
    throw new AppError('FORBIDDEN', `您不在管理员名单中。您的 OPENID：${ctx.openid}`);
  const m = ctx.member;
  if (m) {
    if (m.role === 'admin' && m.status === 'verified') return toSelfView(m);
    const change = {
      role: 'admin',
      status: 'verified',
      verifiedAt: ctx.now,
      verifiedBy: 'bootstrap',
      updatedAt: ctx.now,
    } as const;
    await patchMember(m._id, change);
    return toSelfView({ ...m, ...change });
  }
  const profile = input.profile;
  if (!profile) {
    throw new AppError('BAD_REQUEST', '请先填写姓名、工号、手机号和单位', [
      { path: ['profile'], message: '请先填写姓名、工号、手机号和单位' },
    ]);
  }
  const place = placeIn(await loadUnits(), profile.unitId);
  await claimEmployeeNo(profile.employeeNo, ctx.openid, ctx.now);
  const doc: MemberDoc = {
    _id: ctx.openid,
    name: profile.name,
    employeeNo: profile.employeeNo,
    phone: profile.phone,
    ...place,
    role: 'admin',
    status: 'verified',
    largeText: false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    submittedAt: ctx.now,
    verifiedAt: ctx.now,
    verifiedBy: 'bootstrap',
  };
  await saveMember(doc);
  return toSelfView(doc);
};
