import { collection } from '../collection';
import { row, rows } from '../results';

/** A unit of the org tree. Level 1 branch company (分公司), 2 brigade (大队), 3 grassroots union (基层工会). */
export interface UnitDoc {
  _id: string;
  code: string;
  name: string;
  parentId: string | null;
  level: 1 | 2 | 3;
  /** Ancestor ids from the root down to this unit (inclusive). */
  path: string[];
  retired: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The whole tree is small (hundreds of units at most): one read of up to 1000 is enough. */
export async function listUnits(): Promise<UnitDoc[]> {
  return rows<UnitDoc>(await collection('units').limit(1000).get());
}

export async function findUnit(id: string): Promise<UnitDoc | null> {
  return row<UnitDoc>(await collection('units').doc(id).get());
}
