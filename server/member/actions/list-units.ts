import type { Handler } from '../../lib/dispatch';
import type { memberContract } from '../../../domain/contract/member';
import { loadUnits } from '../repos/units';
import { toUnitView } from '../views';

/** The active tree for pickers: retired units are never offered. */
export const listUnits: Handler<typeof memberContract.listUnits> = async () => {
  const all = await loadUnits();
  return {
    units: all
      .filter((u) => !u.retired)
      .map(toUnitView)
      .sort(byCode),
  };
};

export const byCode = (a: { code: string }, b: { code: string }): number => a.code.localeCompare(b.code);
