import type { noticeContract, UnitOption } from '../../../domain/contract/notice';
import { canManageUnit } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { loadUnits, type UnitDoc } from '../../member/repos/units';
import { linkView, recentLinkTargets } from '../repos/links';
import { loadManaged } from '../manage';
import { toDraftView } from '../views';

/** Units in tree order (each followed by its subtree), so the picker can indent by level. */
function treeOrder(units: UnitDoc[]): UnitDoc[] {
  const ids = new Set(units.map((u) => u._id));
  const out: UnitDoc[] = [];
  const walk = (parentId: string | null) => {
    for (const u of units.filter((x) => x.parentId === parentId).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push(u);
      walk(u._id);
    }
  };
  // Tops: units whose parent is outside the managed set.
  for (const top of units
    .filter((u) => !u.parentId || !ids.has(u.parentId))
    .sort((a, b) => a.code.localeCompare(b.code))) {
    out.push(top);
    walk(top._id);
  }
  return out;
}

export const getComposer: Handler<typeof noticeContract.getComposer> = async ({ id }, ctx) => {
  const actor = ctx.member;
  const [existing, units, linkTargets] = await Promise.all([
    id ? loadManaged(id, ctx).then((r) => r.notice) : Promise.resolve(null),
    loadUnits(),
    recentLinkTargets(),
  ]);
  const managed = units.filter((u) => !u.retired && canManageUnit(actor, u.path));
  const options: UnitOption[] = treeOrder(managed).map((u) => ({
    id: u._id,
    name: u.name,
    parentId: u.parentId,
    level: u.level,
  }));
  // Only what concerns the organizer's part of the union: aimed at their unit or above, or inside their subtree.
  const pathOf = (unitId: string) => units.find((u) => u._id === unitId)?.path ?? [unitId];
  const mine = linkTargets.filter(
    (t) =>
      actor.role === 'admin' ||
      t.audienceUnits.some((u) => actor.unitPath.includes(u) || pathOf(u).includes(actor.unitId)),
  );
  return {
    notice: existing ? await toDraftView(existing, ctx.now) : null,
    units: options,
    linkTargets: mine.map(linkView),
  };
};
