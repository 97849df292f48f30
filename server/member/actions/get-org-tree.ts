import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { memberCountsByUnit } from '../repos/members';
import { loadUnits } from '../repos/units';
import { toUnitView } from '../views';
import { byCode } from './list-units';

/** The admin's view of the tree: retired units too, and how many members sit in each. */
export const getOrgTree: Handler<typeof memberContract.getOrgTree> = async () => {
  const [units, counts] = await Promise.all([loadUnits(), memberCountsByUnit()]);
  return { units: units.map((u) => ({ ...toUnitView(u), members: counts.get(u._id) ?? 0 })).sort(byCode) };
};
