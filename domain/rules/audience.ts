import { ROLES, type Role } from '../roles';

/**
 * Who a paper, event or notice is aimed at. Stored normalised so one indexed query finds what is
 * aimed at a member: `audienceUnits` holds unit ids (a member matches if any is on their unitPath,
 * i.e. aiming at a unit includes its whole subtree; the whole union = the root unit), and
 * `audienceRoles` the roles (all four = everyone).
 */
export interface Audience {
  audienceUnits: string[];
  audienceRoles: Role[];
}

export interface AudienceMember {
  unitPath: readonly string[];
  role: Role;
}

export function inAudience(a: Audience, m: AudienceMember): boolean {
  return a.audienceUnits.some((u) => m.unitPath.includes(u)) && a.audienceRoles.includes(m.role);
}

/**
 * Does `target` reach everyone `of` reaches? Each unit of `of` must lie within a unit of `target`
 * (itself or under it) and every role of `of` be one of `target`'s. `pathOf` gives a unit's ids
 * from the root. A notice may link only to what its whole audience can open.
 */
export function coversAudience(target: Audience, of: Audience, pathOf: (unitId: string) => string[]): boolean {
  return (
    of.audienceUnits.every((u) => pathOf(u).some((p) => target.audienceUnits.includes(p))) &&
    of.audienceRoles.every((r) => target.audienceRoles.includes(r))
  );
}

/** Normalises an organizer's choice: no roles chosen means all roles; duplicates removed. */
export function normaliseAudience(unitIds: string[], roles: Role[] | undefined): Audience {
  return {
    audienceUnits: [...new Set(unitIds)],
    audienceRoles: roles && roles.length ? [...new Set(roles)] : [...ROLES],
  };
}
