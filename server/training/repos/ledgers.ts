/**
 * The ledger of study hours: one document per member and year. A credit is one conditional update
 * (only a ledger that does not yet hold the item's key matches) that pushes the entry and its key
 * and increments the totals together, so an item is counted at most once however often a request
 * is replayed, and the totals always equal the sum of the entries.
 */
import { STUDY_SUBJECTS, zeroHours } from '../../../domain/rules/training-subjects';
import { collection, command } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { newLedger, type LedgerOwner } from '../ledger-doc';
import { row, rows, updatedOf } from '../../lib/results';
import { ledgerIdOf, type LedgerDoc, type LedgerEntry } from './docs';

const ledgers = () => collection('training_ledgers');

export type Learner = LedgerOwner;

/** Ledgers as the rollup reads them: totals only. */
const TOTALS_ONLY = { entries: false, keys: false } as const;

export async function findLedger(year: number, openid: string): Promise<LedgerDoc | null> {
  return row<LedgerDoc>(await ledgers().doc(ledgerIdOf(year, openid)).get());
}

/** Adds the entry unless the ledger holds its key; true when this call added it (1 request, 3 at most). */
export async function addEntry(
  year: number,
  who: Learner,
  entry: LedgerEntry,
  now: Date,
  likelyCounted = false,
): Promise<boolean> {
  const _ = command();
  const id = ledgerIdOf(year, who.openid);
  if (likelyCounted) {
    // A replay: one read of the keys usually settles it, where the write path below costs three.
    const [held] = rows<Pick<LedgerDoc, 'keys'>>(await ledgers().where({ _id: id }).field({ keys: true }).get());
    if (held?.keys.includes(entry.key)) return false;
  }
  const update = async (): Promise<boolean> => {
    const data: Record<string, unknown> = {
      keys: _.push([entry.key]),
      entries: _.push([entry]),
      [`hours.${entry.subject}`]: _.inc(entry.hours),
      total: _.inc(entry.hours),
      name: who.name,
      unitId: who.unitId,
      unitPath: who.unitPath,
      updatedAt: now,
    };
    return (
      updatedOf(
        await ledgers()
          .where({ _id: id, keys: _.neq(entry.key) })
          .update({ data }),
      ) === 1
    );
  };
  if (await update()) return true;
  const doc = newLedger(year, who, [entry], now);
  if (await addOnce(() => ledgers().add({ data: doc }))) return true;
  // The ledger exists: it already held the key, or another credit created it a moment ago.
  return update();
}

export async function setCertificate(
  year: number,
  openid: string,
  certificate: NonNullable<LedgerDoc['certificate']>,
): Promise<void> {
  await ledgers().doc(ledgerIdOf(year, openid)).update({ data: { certificate } });
}

export type LedgerTotals = Omit<LedgerDoc, 'entries' | 'keys'>;

/** Ids per request: a query of 500 ids is about 20 KB. */
const BATCH = 500;

/**
 * The ledgers of these members for a year, found by id (so a member who moved units is counted where
 * they are now), in parallel requests of up to 500. Totals only unless `withEntries`.
 */
export async function ledgersOf<T extends LedgerTotals = LedgerTotals>(
  year: number,
  openids: string[],
  withEntries = false,
): Promise<T[]> {
  const _ = command();
  const batches: string[][] = [];
  for (let i = 0; i < openids.length; i += BATCH)
    batches.push(openids.slice(i, i + BATCH).map((o) => ledgerIdOf(year, o)));
  const pages = await Promise.all(
    batches.map(async (ids) => {
      const q = ledgers()
        .where({ _id: _.in(ids) })
        .limit(ids.length);
      return rows<T>(await (withEntries ? q : q.field(TOTALS_ONLY)).get());
    }),
  );
  return pages.flat();
}

/** Totals as a full set of subjects (documents written before a subject existed lack its key). */
export const hoursOf = (l: Pick<LedgerDoc, 'hours'> | null | undefined) => {
  const h = zeroHours();
  for (const s of STUDY_SUBJECTS) h[s] = l?.hours?.[s] ?? 0;
  return h;
};
