/**
 * Layered training plans. A unit's organizer sets, for a year, the hours each audience must earn in
 * each subject, and a deadline. An audience is a role (职工 / 工会干部 / 组织者) at a level of the
 * member's own unit (分公司 / 大队 / 基层工会): "基层工会干部 each 8 学时 of law".
 *
 * A plan applies to its unit's whole subtree and is inherited down the tree. A lower unit may only
 * tighten it: ask more hours or set an earlier deadline, never less or later. What a member owes is
 * therefore the most any plan on their path asks, by the earliest deadline on it; that holds even
 * when an upper unit raises its plan after a lower one was saved.
 */
import type { Role } from '../roles';
import { ROLE_LABELS } from '../roles';
import { MAX_UNIT_LEVEL, UNIT_LEVEL_LABELS, type UnitLevel } from './unit-tree';
import { STUDY_SUBJECTS, STUDY_SUBJECT_LABELS, hoursText, zeroHours, type HoursBySubject } from './training-subjects';

/** Admins are counted with the organizers: they run the union's office. */
export const PLAN_ROLES = ['worker', 'cadre', 'organizer'] as const;
export type PlanRole = (typeof PLAN_ROLES)[number];

export const planRoleOf = (role: Role): PlanRole => (role === 'admin' ? 'organizer' : role);

export const UNIT_LEVELS: readonly UnitLevel[] = [1, 2, 3];

/** A member's unit level is the length of their unit path (branch 1, brigade 2, grassroots 3). */
export const levelOfPath = (unitPath: readonly string[]): UnitLevel =>
  Math.min(MAX_UNIT_LEVEL, Math.max(1, unitPath.length)) as UnitLevel;

export interface PlanRow {
  role: PlanRole;
  /** The level of the member's own unit. */
  level: UnitLevel;
  hours: HoursBySubject;
}

/** What the rules need of a stored plan. */
export interface PlanTerms {
  unitId: string;
  /** The level of the unit that set the plan: its rows for higher levels reach nobody. */
  unitLevel: UnitLevel;
  /** Epoch ms. */
  deadline: number;
  rows: PlanRow[];
}

export const audienceLabel = (role: PlanRole, level: UnitLevel): string =>
  `${UNIT_LEVEL_LABELS[level]}${ROLE_LABELS[role]}`;

const rowOf = (plan: PlanTerms, role: PlanRole, level: UnitLevel): PlanRow | undefined =>
  plan.rows.find((r) => r.role === role && r.level === level);

export interface Requirement {
  /** Some plan on the member's path exists for the year (it may still ask nothing of them). */
  planned: boolean;
  hours: HoursBySubject;
  /** The earliest deadline on the path, epoch ms; null without a plan. */
  deadline: number | null;
  /** The units whose plans were combined, root first. */
  fromUnits: string[];
}

/** What a member of `role` in a unit of `level` owes, from the plans on their unit path. */
export function requirementOf(plans: readonly PlanTerms[], role: Role, level: UnitLevel): Requirement {
  const planRole = planRoleOf(role);
  const hours = zeroHours();
  let deadline: number | null = null;
  for (const plan of plans) {
    deadline = deadline === null ? plan.deadline : Math.min(deadline, plan.deadline);
    const row = rowOf(plan, planRole, level);
    if (!row) continue;
    for (const s of STUDY_SUBJECTS) hours[s] = Math.max(hours[s], row.hours[s] ?? 0);
  }
  return { planned: plans.length > 0, hours, deadline, fromUnits: plans.map((p) => p.unitId) };
}

/**
 * The floor a unit's plan may not go under: every audience its subtree can hold (levels from the
 * unit's own down), with the most its ancestors' plans ask.
 */
export function inheritedRows(ancestors: readonly PlanTerms[], unitLevel: UnitLevel): PlanRow[] {
  return UNIT_LEVELS.filter((l) => l >= unitLevel).flatMap((level) =>
    PLAN_ROLES.map((role) => ({ role, level, hours: requirementOf(ancestors, role, level).hours })),
  );
}

export const inheritedDeadline = (ancestors: readonly PlanTerms[]): number | null =>
  requirementOf(ancestors, 'worker', 3).deadline;

/**
 * The rows as stored: one per audience, only for levels the unit's subtree holds (a brigade's plan
 * cannot reach a branch-level member), the later of duplicates winning.
 */
export function normalisePlanRows(rows: readonly PlanRow[], unitLevel: UnitLevel): PlanRow[] {
  const byKey = new Map<string, PlanRow>();
  for (const r of rows) {
    if (r.level < unitLevel) continue;
    byKey.set(`${r.role}_${r.level}`, { role: r.role, level: r.level, hours: { ...zeroHours(), ...r.hours } });
  }
  return [...byKey.values()].sort(
    (a, b) => a.level - b.level || PLAN_ROLES.indexOf(a.role) - PLAN_ROLES.indexOf(b.role),
  );
}

export interface PlanProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Where a lower unit's plan would loosen what its ancestors ask: an hour below the inherited one,
 * or a deadline after the inherited one. An audience the plan leaves out simply inherits.
 */
export function looseningProblems(ancestors: readonly PlanTerms[], plan: Omit<PlanTerms, 'unitId'>): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const floorDeadline = inheritedDeadline(ancestors);
  if (floorDeadline !== null && plan.deadline > floorDeadline) {
    problems.push({ path: ['deadline'], message: '完成期限不能晚于上级计划的期限' });
  }
  plan.rows.forEach((row, i) => {
    const floor = requirementOf(ancestors, row.role, row.level).hours;
    for (const s of STUDY_SUBJECTS) {
      if ((row.hours[s] ?? 0) < floor[s]) {
        problems.push({
          path: ['rows', i, 'hours', s],
          message: `${audienceLabel(row.role, row.level)}的${STUDY_SUBJECT_LABELS[s]}不能少于上级要求的${hoursText(floor[s])}学时`,
        });
      }
    }
  });
  return problems;
}
