/**
 * Which unit an organizer's training action is about, and whether they may: their own unit by
 * default, or one of its subtree (anything for admins). Outside their authority is FORBIDDEN;
 * a unit that does not exist is NOT_FOUND.
 */
import type { UnitOption } from '../../domain/contract/event-model';
import { AppError } from '../../domain/errors';
import { canManageUnit } from '../../domain/rules/authority';
import { mustManage } from '../lib/authority';
import type { MemberDoc } from '../member/repos/members';
import { loadUnits, type UnitDoc } from '../member/repos/units';

export interface TrainingScope {
  actor: MemberDoc;
  unit: UnitDoc;
  units: UnitDoc[];
  /** Live units the actor manages, for pickers. */
  options: UnitOption[];
  nameOf(unitId: string): string;
}

export async function trainingScope(actor: MemberDoc, unitId: string | undefined): Promise<TrainingScope> {
  const units = await loadUnits();
  const byId = new Map(units.map((u) => [u._id, u]));
  const unit = byId.get(unitId ?? actor.unitId);
  if (!unit) throw new AppError('NOT_FOUND', '单位不存在');
  mustManage(actor, unit.path, '只能查看和管理本单位及下级单位的培训');
  const options = units
    .filter((u) => !u.retired && canManageUnit(actor, u.path))
    .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code))
    .map((u) => ({ id: u._id, name: u.name, level: u.level, parentId: u.parentId }));
  return { actor, unit, units, options, nameOf: (id) => byId.get(id)?.name ?? '' };
}
