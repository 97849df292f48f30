/**
 * Completion of a subtree: every verified member's standing against the plans on their path, from
 * their ledger totals, added up into each unit of the subtree (a member counts in their own unit and
 * every unit above it, up to the one looked at). For 2,000 members: units, plans and members
 * (3 pages), then the ledgers by id in 4 parallel requests.
 */
import type { BehindMember, UnitRollupRow } from '../../domain/contract/training-admin-model';
import {
  addStanding,
  completionOf,
  emptyTotals,
  type Standing,
  type UnitTotals,
} from '../../domain/rules/training-progress';
import { requirementOf } from '../../domain/rules/training-plan';
import type { UnitDoc } from '../member/repos/units';
import type { PlanDoc } from './repos/docs';
import { hoursOf, ledgersOf } from './repos/ledgers';
import { traineesUnder, type Trainee } from './repos/members';
import { plansOfYear, termsOf } from './repos/plans';
import { standingFor } from './standing';
import type { TrainingScope } from './admin-scope';
import { ownUnitName } from '../member/snapshot';

export interface MemberStanding {
  trainee: Trainee;
  standing: Standing;
}

export interface SubtreeStandings {
  plans: PlanDoc[];
  members: MemberStanding[];
}

export async function standingsUnder(year: number, root: UnitDoc): Promise<SubtreeStandings> {
  const [plans, trainees] = await Promise.all([plansOfYear(year), traineesUnder(root._id)]);
  const ledgers = await ledgersOf(
    year,
    trainees.map((t) => t._id),
  );
  const byOpenid = new Map(ledgers.map((l) => [l.openid, l]));
  return {
    plans,
    members: trainees.map((t) => ({ trainee: t, standing: standingFor(t, plans, hoursOf(byOpenid.get(t._id))) })),
  };
}

/** The earliest deadline of the plans over a unit. */
export const deadlineOver = (unit: UnitDoc, plans: PlanDoc[]): number | null =>
  requirementOf(plans.filter((p) => unit.path.includes(p.unitId)).map(termsOf), 'worker', 3).deadline;

/** Totals per unit of the subtree under `root`. */
export function totalsByUnit(root: UnitDoc, members: MemberStanding[]): Map<string, UnitTotals> {
  const totals = new Map<string, UnitTotals>();
  for (const { trainee, standing } of members) {
    const from = trainee.unitPath.indexOf(root._id);
    if (from < 0) continue;
    for (const unitId of trainee.unitPath.slice(from)) {
      let t = totals.get(unitId);
      if (!t) totals.set(unitId, (t = emptyTotals()));
      addStanding(t, standing);
    }
  }
  return totals;
}

export function unitRow(unit: UnitDoc, t: UnitTotals | undefined): UnitRollupRow {
  const totals = t ?? emptyTotals();
  return {
    unitId: unit._id,
    name: unit.name,
    level: unit.level,
    members: totals.members,
    done: totals.done,
    required: totals.required,
    counted: totals.counted,
    completion: completionOf(totals),
    left: totals.left,
  };
}

/** Members with hours left, most behind first (then by employee number, for a stable order). */
export function behindOf(members: MemberStanding[], scope: TrainingScope): BehindMember[] {
  return members
    .filter((m) => !m.standing.done)
    .sort((a, b) => b.standing.left - a.standing.left || a.trainee.employeeNo.localeCompare(b.trainee.employeeNo))
    .map(({ trainee: t, standing: s }) => ({
      openid: t._id,
      name: t.name,
      employeeNo: t.employeeNo,
      unitName: ownUnitName(t) ?? scope.nameOf(t.unitId),
      role: t.role,
      left: Object.fromEntries(s.subjects.map((x) => [x.subject, x.left])) as BehindMember['left'],
      leftTotal: s.left,
      completion: completionOf(s),
    }));
}
