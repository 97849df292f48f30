/**
 * A paper's figures for one organizer: counted results of their part of the audience, rolled up
 * their part of the tree. Shared by the results page and the results export, so both say the same.
 */
import type { ResultSummary } from '../../domain/contract/quiz-admin';
import {
  NO_FIGURES,
  rankResults,
  rollUpUnits,
  subtreeTotals,
  topmost,
  unitRowOf,
  type CountedResult,
  type StatsUnit,
  type UnitFigures,
  type UnitRow,
} from '../../domain/rules/quiz-stats';
import { aimedByUnit } from '../notice/repos/audience';
import type { PaperHead } from './repos/docs';
import { countedResults, type AttemptScope } from './repos/stats';
import type { AdminScope } from './admin-scope';

export interface PaperFigures {
  /** Ranked: score, then time used. */
  ranked: (CountedResult & { rank: number })[];
  units: UnitRow[];
  summary: ResultSummary;
  /** The attempts in scope (for the per-question counts). */
  attemptScope: AttemptScope;
}

export const statsUnitsOf = (scope: AdminScope): StatsUnit[] =>
  scope.units.map((u) => ({ id: u._id, name: u.name, parentId: u.parentId, level: u.level }));

/** Own-unit figures from members aimed at (per unit) and their counted results. */
export function ownFigures(
  aimed: Record<string, number>,
  counted: readonly CountedResult[],
): Record<string, UnitFigures> {
  const own: Record<string, UnitFigures> = {};
  const at = (id: string): UnitFigures => (own[id] ??= { ...NO_FIGURES });
  for (const [unitId, n] of Object.entries(aimed)) at(unitId).aimed += n;
  for (const c of counted) {
    const f = at(c.unitId);
    f.taken += 1;
    f.passed += c.passed ? 1 : 0;
    f.scoreSum += c.score;
  }
  return own;
}

/** Member, units and paper already read; then the counted results (1 request per 1000 members) and the aimed counts (1). */
export async function paperFigures(paper: PaperHead, roots: string[], scope: AdminScope): Promise<PaperFigures> {
  const attemptScope: AttemptScope = scope.isAdmin ? {} : { under: scope.actor.unitId };
  const [counted, aimed] = await Promise.all([
    countedResults(paper._id, paper.counts, attemptScope),
    aimedByUnit(paper),
  ]);
  const units = statsUnitsOf(scope);
  const own = ownFigures(aimed, counted);
  const totals = subtreeTotals(units, own);
  const byId = new Map(units.map((u) => [u.id, u]));
  const whole = topmost(roots, byId).reduce<UnitFigures>((sum, id) => {
    const t = totals.get(id) ?? NO_FIGURES;
    return {
      aimed: sum.aimed + t.aimed,
      taken: sum.taken + t.taken,
      passed: sum.passed + t.passed,
      scoreSum: sum.scoreSum + t.scoreSum,
    };
  }, NO_FIGURES);
  const row = unitRowOf({ id: '', name: '', parentId: null, level: 1 }, 0, whole);
  const scores = counted.map((c) => c.score);
  return {
    ranked: rankResults(counted),
    units: rollUpUnits(units, own, roots),
    summary: {
      aimed: row.aimed,
      taken: row.taken,
      passed: row.passed,
      participation: row.participation,
      average: row.average,
      passRate: row.passRate,
      highest: scores.length ? Math.max(...scores) : null,
      lowest: scores.length ? Math.min(...scores) : null,
    },
    attemptScope,
  };
}
