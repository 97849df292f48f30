import { AppError } from '../../domain/errors';
import { canManageUnit, type Actor } from '../../domain/rules/authority';
import type { Ctx } from '../lib/context';
import { requireMember } from '../lib/context';

/** The caller as an actor of the authority rules (the dispatcher has already checked the minimum role). */
export function actorOf(ctx: Ctx): Actor & { id: string } {
  const m = requireMember(ctx);
  return { id: m._id, role: m.role, unitId: m.unitId };
}

/** Refuses unless the actor manages the unit at the end of `unitPath` (its own subtree, or admin). */
export function requireManages(actor: Actor, unitPath: string[], what = '该单位'): void {
  if (!canManageUnit(actor, unitPath)) throw new AppError('FORBIDDEN', `${what}不在您的管理范围内`);
}
