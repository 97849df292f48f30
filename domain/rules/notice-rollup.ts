/**
 * Read statistics roll up the org tree: a brigade's figures are the sum of its own members' and
 * those of every unit below it. Pure, so the organizer's report and its tests share one rule.
 */
export interface RollupUnit {
  id: string;
  name: string;
  parentId: string | null;
  level: 1 | 2 | 3;
}

export interface UnitCounts {
  aimed: number;
  read: number;
}

export interface RolledUpRow extends UnitCounts {
  unitId: string;
  name: string;
  level: 1 | 2 | 3;
  /** 0 for the report's top units, +1 per level below them. */
  depth: number;
}

/**
 * Rows in tree order (each unit followed by its subtree), with counts summed over the subtree.
 * `own` holds counts per member's own unit. Only units under `roots` appear, and only those with
 * someone aimed at in their subtree (an empty branch says nothing to an organizer).
 */
export function rollUp(units: RollupUnit[], own: Record<string, UnitCounts>, roots: string[]): RolledUpRow[] {
  const children = new Map<string | null, RollupUnit[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const byId = new Map(units.map((u) => [u.id, u]));
  const totals = new Map<string, UnitCounts>();
  const total = (u: RollupUnit, guard: number): UnitCounts => {
    const cached = totals.get(u.id);
    if (cached) return cached;
    const mine = own[u.id] ?? { aimed: 0, read: 0 };
    const sum = { aimed: mine.aimed, read: mine.read };
    if (guard < 8) {
      for (const c of children.get(u.id) ?? []) {
        const t = total(c, guard + 1);
        sum.aimed += t.aimed;
        sum.read += t.read;
      }
    }
    totals.set(u.id, sum);
    return sum;
  };

  // A root inside another root's subtree would be counted twice: keep the topmost.
  const rootSet = new Set(roots.filter((id) => byId.has(id)));
  const isCovered = (id: string): boolean => {
    let cur = byId.get(id)?.parentId ?? null;
    for (let i = 0; cur && i < 8; i++) {
      if (rootSet.has(cur)) return true;
      cur = byId.get(cur)?.parentId ?? null;
    }
    return false;
  };
  const tops = [...rootSet].filter((id) => !isCovered(id)).map((id) => byId.get(id)!);

  const rows: RolledUpRow[] = [];
  const walk = (u: RollupUnit, depth: number): void => {
    const t = total(u, 0);
    if (t.aimed === 0 && t.read === 0) return;
    rows.push({ unitId: u.id, name: u.name, level: u.level, depth, aimed: t.aimed, read: t.read });
    if (depth < 8) for (const c of children.get(u.id) ?? []) walk(c, depth + 1);
  };
  for (const top of tops) walk(top, 0);
  return rows;
}

/** 0–100, rounded down so "100%" means everyone has read it. */
export function readPercent(c: UnitCounts): number {
  return c.aimed > 0 ? Math.floor((Math.min(c.read, c.aimed) * 100) / c.aimed) : 0;
}
