/**
 * What a member owes and where they stand, from the plans on their unit path and their ledger: the
 * one computation behind the progress page, the rollup, the reminders, the exports and the certificate.
 */
import type { Role } from '../../domain/roles';
import {
  audienceLabel,
  levelOfPath,
  planRoleOf,
  requirementOf,
  type Requirement,
} from '../../domain/rules/training-plan';
import { standingOf, type Standing } from '../../domain/rules/training-progress';
import type { HoursBySubject } from '../../domain/rules/training-subjects';
import type { PlanDoc } from './repos/docs';
import { termsOf } from './repos/plans';

export interface Owed {
  requirement: Requirement;
  audience: string;
}

/** `plans` may hold any plans of the year: only those of units on the member's path count. */
export function owedBy(member: { role: Role; unitPath: string[] }, plans: readonly PlanDoc[]): Owed {
  const onPath = plans.filter((p) => member.unitPath.includes(p.unitId));
  const level = levelOfPath(member.unitPath);
  return {
    requirement: requirementOf(onPath.map(termsOf), member.role, level),
    audience: audienceLabel(planRoleOf(member.role), level),
  };
}

export function standingFor(
  member: { role: Role; unitPath: string[] },
  plans: readonly PlanDoc[],
  earned: HoursBySubject,
): Standing {
  return standingOf(owedBy(member, plans).requirement.hours, earned);
}
