/**
 * The org tree: branch company (分公司, level 1) → brigade (大队, 2) → grassroots union (基层工会, 3).
 * Pure helpers over a flat list of units, shared by the unit picker and the server.
 */
export type UnitLevel = 1 | 2 | 3;

export const MAX_UNIT_LEVEL: UnitLevel = 3;

export const UNIT_LEVEL_LABELS: Record<UnitLevel, string> = { 1: '分公司', 2: '大队', 3: '基层工会' };

/** Unit codes: letters, digits and '-', stored upper-case (the id is derived from them). */
export const UNIT_CODE_PATTERN = /^[A-Z0-9-]{2,32}$/;

export const normaliseUnitCode = (value: string): string => value.trim().toUpperCase();

/** A unit's id is derived from its code, so creating the same unit twice collides instead of duplicating. */
export const unitIdForCode = (code: string): string => `u-${normaliseUnitCode(code).toLowerCase()}`;

export interface TreeUnit {
  id: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
  retired: boolean;
}

export function childrenOf<U extends TreeUnit>(units: U[], parentId: string | null, includeRetired = false): U[] {
  return units.filter((u) => u.parentId === parentId && (includeRetired || !u.retired));
}

/** Ids from the root down to the unit (inclusive); empty if the unit is unknown. */
export function pathOf(units: TreeUnit[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: string[] = [];
  let cur = byId.get(unitId);
  while (cur && path.length <= MAX_UNIT_LEVEL) {
    path.unshift(cur.id);
    cur = cur.parentId ? byId.get(cur.parentId) : undefined;
  }
  return path;
}

/** Names from the root down to the unit (inclusive): 分公司 / 大队 / 基层工会. */
export function trailOf(units: TreeUnit[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return pathOf(units, unitId).map((id) => byId.get(id)?.name ?? id);
}

/**
 * Why a unit cannot move under a new parent, or null if it can. Levels are fixed (a brigade stays a
 * brigade), so the new parent must sit exactly one level up; that also rules out moving a unit under
 * its own subtree.
 */
export function moveProblem(unit: TreeUnit, newParent: TreeUnit | null): string | null {
  if (unit.level === 1) return '分公司是最高一级，不能移动';
  if (!newParent) return '请选择新的上级单位';
  if (newParent.retired) return '上级单位已撤销';
  if (newParent.level !== unit.level - 1)
    return `${UNIT_LEVEL_LABELS[unit.level]}只能移到${UNIT_LEVEL_LABELS[(unit.level - 1) as UnitLevel]}下`;
  if (newParent.id === unit.parentId) return '已在该上级单位下';
  return null;
}
