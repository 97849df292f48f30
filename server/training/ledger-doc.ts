/**
 * A new ledger document, totals worked out from its entries. Pure (no database): the first credit of
 * a member's year and the demo seed both build ledgers with it, so a seeded ledger is exactly what
 * the server would have written.
 */
import { zeroHours } from '../../domain/rules/training-subjects';
import { ledgerIdOf, type LedgerDoc, type LedgerEntry } from './repos/docs';

export interface LedgerOwner {
  openid: string;
  name: string;
  unitId: string;
  unitPath: string[];
}

export function newLedger(year: number, who: LedgerOwner, entries: LedgerEntry[], now: Date): LedgerDoc {
  const hours = zeroHours();
  for (const e of entries) hours[e.subject] += e.hours;
  return {
    _id: ledgerIdOf(year, who.openid),
    year,
    openid: who.openid,
    name: who.name,
    unitId: who.unitId,
    unitPath: who.unitPath,
    keys: entries.map((e) => e.key),
    entries,
    hours,
    total: entries.reduce((n, e) => n + e.hours, 0),
    createdAt: now,
    updatedAt: now,
  };
}
