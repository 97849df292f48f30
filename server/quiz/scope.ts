import type { MemberDoc } from '../member/repos/members';
import type { BankScope } from './repos/questions';

/** A unit's bank is shared with its subtree: a member sees the banks of the units on their path. */
export const bankScopeOf = (m: Pick<MemberDoc, 'role' | 'unitPath'>): BankScope => ({
  ownerUnitIds: m.role === 'admin' ? null : m.unitPath,
});
