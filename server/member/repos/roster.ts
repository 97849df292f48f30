import { collection, command } from '../../lib/collection';
import { row, rows } from '../../lib/results';

/** One row of the union's roster (`_id` = employee number): what a registration is checked against. */
export interface RosterDoc {
  _id: string;
  name: string;
  phone: string;
  unitId: string;
  unitCode: string;
  importedAt: Date;
  importedBy: string;
}

export async function findRosterRow(employeeNo: string): Promise<RosterDoc | null> {
  return row<RosterDoc>(await collection('roster').doc(employeeNo).get());
}

/** Rows for these numbers (≤ 1000 per call). */
export async function rosterRows(numbers: string[]): Promise<RosterDoc[]> {
  if (numbers.length === 0) return [];
  return rows<RosterDoc>(
    await collection('roster')
      .where({ _id: command().in(numbers) })
      .limit(1000)
      .get(),
  );
}

/** Writes one row by its number: a re-import of the same file overwrites instead of duplicating. */
export async function saveRosterRow(doc: RosterDoc): Promise<void> {
  const { _id, ...data } = doc;
  await collection('roster').doc(_id).set({ data });
}
