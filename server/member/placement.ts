import { AppError } from '../../domain/errors';
import { pathOf, trailOf } from '../../domain/rules/unit-tree';
import type { UnitDoc } from './repos/units';
import { toUnitView } from './views';

/** Where a member sits: the unit, its ids and names from the root (stored together on the member). */
export interface Placement {
  unitId: string;
  unitPath: string[];
  unitNames: string[];
}

/** Places a member in an active unit of the tree, or refuses (unknown or retired unit). */
export function placeIn(units: UnitDoc[], unitId: string): Placement {
  const unit = units.find((u) => u._id === unitId);
  if (!unit) throw new AppError('NOT_FOUND', '所选单位不存在', [{ path: ['unitId'], message: '所选单位不存在' }]);
  if (unit.retired)
    throw new AppError('CONFLICT', '所选单位已撤销，请重新选择', [{ path: ['unitId'], message: '所选单位已撤销' }]);
  const tree = units.map(toUnitView);
  return { unitId, unitPath: pathOf(tree, unitId), unitNames: trailOf(tree, unitId) };
}
