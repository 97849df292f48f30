/**
 * Roles, ranked: each role can do everything the roles below it can. Organizer powers are further
 * limited to the organizer's own unit subtree (see rules/units.ts); an admin's cover everything.
 */
export const ROLES = ['worker', 'cadre', 'organizer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  worker: '职工',
  cadre: '工会干部',
  organizer: '组织者',
  admin: '管理员',
};

const RANK: Record<Role, number> = { worker: 1, cadre: 2, organizer: 3, admin: 4 };

export const roleAtLeast = (role: Role, minimum: Role): boolean => RANK[role] >= RANK[minimum];

/**
 * Who may call an action:
 * - 'anyone': any WeChat caller, registered or not (sign-in, registration);
 * - 'system': only server-side callers (timer triggers, other cloud functions), never a phone;
 * - a role: a verified member whose role ranks at least that high.
 */
export type Access = 'anyone' | 'system' | Role;

export const MEMBER_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
