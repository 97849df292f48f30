/** The units an organizer picks from (their managed subtree, in tree order), as UnitOption. */
import type { UnitOption } from '../../domain/contract/voice-model';
import { canManageUnit } from '../../domain/rules/authority';
import type { MemberDoc } from '../member/repos/members';
import { loadUnits, type UnitDoc } from '../member/repos/units';

export function treeOrder(units: UnitDoc[]): UnitDoc[] {
  const ids = new Set(units.map((u) => u._id));
  const out: UnitDoc[] = [];
  const byCode = (a: UnitDoc, b: UnitDoc) => a.code.localeCompare(b.code);
  const walk = (parentId: string) => {
    for (const u of units.filter((x) => x.parentId === parentId).sort(byCode)) {
      out.push(u);
      walk(u._id);
    }
  };
  for (const top of units.filter((u) => !u.parentId || !ids.has(u.parentId)).sort(byCode)) {
    out.push(top);
    walk(top._id);
  }
  return out;
}

export const toOption = (u: UnitDoc): UnitOption => ({ id: u._id, name: u.name, parentId: u.parentId, level: u.level });

/** The live units the actor manages, tree order (one request). */
export async function managedUnits(actor: MemberDoc): Promise<UnitDoc[]> {
  return treeOrder((await loadUnits()).filter((u) => !u.retired && canManageUnit(actor, u.path)));
}
