import type { UnitLevel } from '../../../domain/rules/unit-tree';
import { collection } from '../../lib/collection';
import { row, rows, updatedOf } from '../../lib/results';

/** A unit of the org tree. Level 1 branch company (分公司), 2 brigade (大队), 3 grassroots union (基层工会). */
export interface UnitDoc {
  _id: string;
  code: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
  /** Ancestor ids from the root down to this unit (inclusive). */
  path: string[];
  retired: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The whole tree is small (hundreds of units at most): one read of up to 1000 is enough. */
export async function loadUnits(): Promise<UnitDoc[]> {
  return rows<UnitDoc>(await collection('units').limit(1000).get());
}

export async function findUnit(id: string): Promise<UnitDoc | null> {
  return row<UnitDoc>(await collection('units').doc(id).get());
}

/** Adds a unit with its id (derived from its code): a second add of the same code fails on the id. */
export async function addUnit(doc: UnitDoc): Promise<void> {
  await collection('units').add({ data: doc });
}

export async function updateUnit(id: string, data: Partial<Omit<UnitDoc, '_id'>>): Promise<void> {
  await collection('units').doc(id).update({ data });
}

/**
 * Rewrites the first entries of `path` for a unit and everything below it (a move). Levels are fixed,
 * so the same positions change across the subtree: one multi-document update.
 */
export async function rewriteUnitPathPrefix(underUnit: string, prefix: string[], now: Date): Promise<number> {
  const data: Record<string, unknown> = { updatedAt: now };
  prefix.forEach((id, i) => (data[`path.${i}`] = id));
  return updatedOf(await collection('units').where({ path: underUnit }).update({ data }));
}
