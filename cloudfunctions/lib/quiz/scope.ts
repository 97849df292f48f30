import type { MemberDoc } from '../repos/members';
import type { BankScope } from '../repos/quiz-questions';

/** A unit's bank is shared with its subtree: a member sees the banks of the units on their path. */
export const bankScopeOf = (m: Pick<MemberDoc, 'role' | 'unitPath'>): BankScope => ({ ownerUnitIds: m.role === 'admin' ? null : m.unitPath });
