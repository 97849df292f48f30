import type { Role } from '../roles';

export interface Actor {
  role: Role;
  unitId: string;
}

/**
 * May this actor manage things in a unit (approve its members, review its registrations, see its
 * statistics)? Admins everywhere; organizers in their own unit's subtree only.
 */
export function canManageUnit(actor: Actor, targetUnitPath: string[]): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'organizer') return false;
  return targetUnitPath.includes(actor.unitId);
}

/** The subtree roots an actor manages: everything for admins (null), else their unit. */
export function managedRoot(actor: Actor): string | null {
  return actor.role === 'admin' ? null : actor.unitId;
}
