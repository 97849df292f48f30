import type { Role } from '../roles';

/**
 * Who may give which role. Only an admin makes organizers and admins; an organizer may move members
 * of their own subtree between worker and cadre, and cannot touch organizers or admins. Nobody
 * changes their own role (an admin cannot lock the union out by demoting themself by mistake).
 */
export function assignableRoles(actorRole: Role): Role[] {
  if (actorRole === 'admin') return ['worker', 'cadre', 'organizer', 'admin'];
  if (actorRole === 'organizer') return ['worker', 'cadre'];
  return [];
}

/** Why the actor may not set the target's role to `to`, or null if they may (unit authority checked apart). */
export function roleChangeProblem(
  actor: { id: string; role: Role },
  target: { id: string; role: Role },
  to: Role,
): string | null {
  if (actor.id === target.id) return '不能修改自己的角色';
  const allowed = assignableRoles(actor.role);
  if (!allowed.includes(to)) return '只有管理员可以任命组织者或管理员';
  if (!allowed.includes(target.role)) return '只有管理员可以调整组织者或管理员的角色';
  return null;
}
