/**
 * Per-unit counts rolled up the org tree: each registration counts for the member's unit and every
 * unit above it (by the unit path saved at sign-up, the same path the roster filters on), so a
 * brigade's line includes its grassroots unions'.
 */
import type { RosterFilter, UnitCounts } from '../../../domain/contract/event-admin-model';
import type { LeafCount } from '../repos/admin-roster';
import type { UnitDoc } from '../../member/repos/units';

export type Tally = Omit<UnitCounts, 'unitId' | 'name' | 'level' | 'parentId'>;

const zero = (): Tally => ({ confirmed: 0, checkedIn: 0, waitlisted: 0, pending: 0 });

function add(t: Tally, leaf: LeafCount): void {
  if (leaf.state === 'confirmed') {
    t.confirmed += leaf.n;
    if (leaf.checkedIn) t.checkedIn += leaf.n;
  } else if (leaf.state === 'waitlisted') t.waitlisted += leaf.n;
  else if (leaf.state === 'pending') t.pending += leaf.n;
}

/**
 * Units with registrations and the units above them, down from `root` (null = from the top), each
 * with its subtree's counts, parents before their children and siblings by code.
 */
export function rollUp(leaves: LeafCount[], units: UnitDoc[], root: string | null): UnitCounts[] {
  const byId = new Map(units.map((u) => [u._id, u]));
  const tallies = new Map<string, Tally>();
  for (const leaf of leaves) {
    const path = leaf.unitPath.length ? leaf.unitPath : [leaf.unitId];
    const from = root ? path.indexOf(root) : 0;
    if (from < 0) continue;
    for (const id of path.slice(from)) {
      const t = tallies.get(id) ?? zero();
      add(t, leaf);
      tallies.set(id, t);
    }
  }
  const sortKey = (u: UnitDoc) => u.path.map((id) => byId.get(id)?.code ?? id).join('/');
  return [...tallies.entries()]
    .flatMap(([id, t]) => {
      const u = byId.get(id);
      return u ? [{ u, t }] : [];
    })
    .sort((a, b) => (sortKey(a.u) < sortKey(b.u) ? -1 : sortKey(a.u) > sortKey(b.u) ? 1 : 0))
    .map(({ u, t }) => ({ unitId: u._id, name: u.name, level: u.level, parentId: u.parentId, ...t }));
}

/** How many registrations in `unitId`'s subtree (null = all counted) the filter matches. */
export function totalFor(leaves: LeafCount[], filter: RosterFilter, unitId: string | null): number {
  return leaves
    .filter((l) => !unitId || l.unitPath.includes(unitId))
    .filter((l) => {
      switch (filter) {
        case 'all':
          return true;
        case 'checked_in':
          return l.state === 'confirmed' && l.checkedIn;
        case 'not_checked_in':
          return l.state === 'confirmed' && !l.checkedIn;
        case 'ended':
          return l.state === 'cancelled' || l.state === 'removed' || l.state === 'rejected';
        default:
          return l.state === filter;
      }
    })
    .reduce((n, l) => n + l.n, 0);
}
