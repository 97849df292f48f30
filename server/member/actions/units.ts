import type { Handler } from '../../lib/dispatch';
import type { memberContract } from '../../../domain/contract/member';
import { listUnits } from '../repos/units';
import { toUnitView } from '../views';

/** The active tree for pickers: retired units are never offered. */
export const units: Handler<typeof memberContract.units> = async () => {
  const all = await listUnits();
  return {
    units: all
      .filter((u) => !u.retired)
      .map(toUnitView)
      .sort(byCode),
  };
};

export const byCode = (a: { code: string }, b: { code: string }): number => a.code.localeCompare(b.code);
