import { AppError } from '../../domain/errors';
import { canManageUnit } from '../../domain/rules/authority';
import type { EventDoc } from './repos/docs';
import type { MemberDoc } from '../member/repos/members';

/** Organizers manage the events of their own unit's subtree; admins manage every event. */
export function assertManages(member: MemberDoc, event: Pick<EventDoc, 'ownerUnitPath'>): void {
  if (!canManageUnit({ role: member.role, unitId: member.unitId }, event.ownerUnitPath)) {
    throw new AppError('FORBIDDEN', '只能管理本单位及下级单位的活动');
  }
}
