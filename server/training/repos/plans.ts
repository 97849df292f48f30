/** Training plans: few (one per unit and year at most), so whole years are read at once. */
import { levelOfPath, type PlanTerms } from '../../../domain/rules/training-plan';
import { collection, command } from '../../lib/collection';
import { row, rows } from '../../lib/results';
import { planIdOf, type PlanDoc } from './docs';

const plans = () => collection('training_plans');

/** The plans of a year set by the units on a member's path (1 request). */
export async function plansOnPath(year: number, unitPath: readonly string[]): Promise<PlanDoc[]> {
  const _ = command();
  const ids = unitPath.map((u) => planIdOf(year, u));
  return rows<PlanDoc>(
    await plans()
      .where({ _id: _.in(ids) })
      .limit(ids.length)
      .get(),
  );
}

/** Every plan of a year (a union has hundreds of units at most: one request). */
export async function plansOfYear(year: number): Promise<PlanDoc[]> {
  return rows<PlanDoc>(await plans().where({ year }).limit(1000).get());
}

export async function findPlan(year: number, unitId: string): Promise<PlanDoc | null> {
  return row<PlanDoc>(await plans().doc(planIdOf(year, unitId)).get());
}

export async function putPlan(doc: PlanDoc): Promise<void> {
  const { _id, ...data } = doc;
  await plans().doc(_id).set({ data });
}

export const termsOf = (p: PlanDoc): PlanTerms => ({
  unitId: p.unitId,
  unitLevel: p.unitLevel ?? levelOfPath(p.unitPath),
  deadline: new Date(p.deadline).getTime(),
  rows: p.rows,
});
