import { AppError } from '../../domain/errors';
import { canManageUnit, type Actor } from '../../domain/rules/authority';

/**
 * The one server-side check of "may manage": refuses with FORBIDDEN unless the actor manages the
 * unit at the end of `unitPath` (an organizer's own subtree, or anything for an admin). The rule
 * itself lives in domain/rules/authority.ts, shared with the pages.
 */
export function mustManage(actor: Actor, unitPath: readonly string[], message: string): void {
  if (!canManageUnit(actor, [...unitPath])) throw new AppError('FORBIDDEN', message);
}
