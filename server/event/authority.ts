/**
 * Who may work on what. Organizers of the unit that runs an event (and admins) see all of it; an
 * organizer lower down sees the part of an event run above them that concerns their own subtree
 * (their members' registrations). Reviews go by the applicant's unit: organizers of that unit or
 * above decide them.
 */
import type { EventScope } from '../../domain/contract/event-admin-model';
import { AppError } from '../../domain/errors';
import { canManageUnit } from '../../domain/rules/authority';
import type { EventDoc, RegistrationDoc } from './repos/docs';
import type { MemberDoc } from '../member/repos/members';
import type { UnitDoc } from '../member/repos/units';

export interface EventAccess {
  scope: EventScope;
  /** The subtree the caller sees: null = the whole event. */
  underUnit: string | null;
}

/** Organizers manage the events of their own unit's subtree; admins manage every event. */
export const OWN_EVENTS_ONLY = '只能管理本单位及下级单位的活动';

const pathIn = (units: UnitDoc[], unitId: string): string[] => units.find((u) => u._id === unitId)?.path ?? [unitId];

/**
 * How much of an event the caller works on; FORBIDDEN when none of it. `loadUnits` is called only
 * when the answer depends on the tree (an audience unit below the caller's own).
 */
export async function accessTo(
  member: MemberDoc,
  event: EventDoc,
  loadUnits: () => Promise<UnitDoc[]>,
): Promise<EventAccess> {
  if (canManageUnit(member, event.ownerUnitPath)) return { scope: 'event', underUnit: null };
  if (member.role === 'organizer' && event.status !== 'draft') {
    // Aimed at the organizer's unit or one above it: their whole subtree is in the audience.
    if (event.audienceUnits.some((u) => member.unitPath.includes(u)))
      return { scope: 'unit', underUnit: member.unitId };
    // Aimed at a unit below theirs.
    const units = await loadUnits();
    if (event.audienceUnits.some((u) => pathIn(units, u).includes(member.unitId)))
      return { scope: 'unit', underUnit: member.unitId };
  }
  throw seesEvent(member, event)
    ? new AppError('FORBIDDEN', OWN_EVENTS_ONLY)
    : new AppError('NOT_FOUND', EVENT_NOT_FOUND);
}

const EVENT_NOT_FOUND = '活动不存在';

/**
 * The event area's one visibility rule: someone who may not know an event exists is told it does
 * not (NOT_FOUND, exactly as for a made-up id). A published or closed event is known to everyone it
 * is aimed at, by unit (its audience's units or one above: an organizer's whole subtree is in it);
 * a draft only to those who manage it.
 */
export function seesEvent(member: MemberDoc, event: EventDoc): boolean {
  if (canManageUnit(member, event.ownerUnitPath)) return true;
  return event.status !== 'draft' && event.audienceUnits.some((u) => member.unitPath.includes(u));
}

/** Managing an event: FORBIDDEN for one the organizer can see but not manage, NOT_FOUND for one they cannot see. */
export function mustManageEvent(member: MemberDoc, event: EventDoc): void {
  if (canManageUnit(member, event.ownerUnitPath)) return;
  throw seesEvent(member, event)
    ? new AppError('FORBIDDEN', OWN_EVENTS_ONLY)
    : new AppError('NOT_FOUND', EVENT_NOT_FOUND);
}

/** Reviewing goes by the applicant's unit: a registration outside the organizer's subtree does not exist for them. */
export function mustReview(member: MemberDoc, reg: Pick<RegistrationDoc, 'unitPath'>): void {
  if (!canManageUnit(member, reg.unitPath)) throw new AppError('NOT_FOUND', '报名记录不存在');
}

/** A unit filter must lie within what the caller sees. */
export function assertUnitWithin(access: EventAccess, units: UnitDoc[], unitId: string): void {
  const unit = units.find((u) => u._id === unitId);
  if (!unit) throw new AppError('NOT_FOUND', '单位不存在');
  if (access.underUnit && !unit.path.includes(access.underUnit))
    throw new AppError('FORBIDDEN', '只能查看本单位及下级单位的名单');
}

/** May the caller act on this member's registration within the access they have to its event? */
export function assertCovers(access: EventAccess, reg: Pick<RegistrationDoc, 'unitPath'>): void {
  if (access.underUnit && !reg.unitPath.includes(access.underUnit))
    throw new AppError('FORBIDDEN', '该职工不属于您管理的单位');
}
