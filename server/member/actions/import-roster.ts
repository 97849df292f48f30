import type { ImportChunk, ImportReport, memberContract } from '../../../domain/contract/member';
import { downloadFile } from '../../lib/storage';
import type { Handler } from '../../lib/dispatch';
import { membersByNumbers, updateMemberIfStatus, type MemberDoc } from '../repos/members';
import { rosterRows, saveRosterRow } from '../repos/roster';
import { listUnits, type UnitDoc } from '../repos/units';
import { placeIn } from '../placement';
import { checkAgainstMembers, checkRows, type CheckedRow } from '../roster/check-rows';
import { readRosterSheet } from '../roster/read-sheet';

/** Rows written per call: small enough to finish well inside the timeout, large enough to be quick. */
export const IMPORT_CHUNK = 200;
/** Numbers per `in` query. */
const LOOKUP_BATCH = 500;
/** Parallel single-document writes. */
const WRITE_WAVE = 20;
const MAX_REPORTED_ERRORS = 500;

/**
 * Roster import from .xlsx, in two steps the page walks through:
 * 1. `commit: false` checks every row and returns the report (row numbers and reasons); nothing is
 *    written.
 * 2. `commit: true, cursor` writes the good rows of one chunk of the file (IMPORT_CHUNK rows from
 *    `cursor`) and returns `nextCursor`; the page calls again until it is null and shows
 *    processed / totalRows as its progress bar. Every call re-checks the whole file, so a row is
 *    judged the same in both steps and no call depends on state left by an earlier one. Writes are
 *    keyed by employee number, so a chunk retried after a dropped connection rewrites the same
 *    documents; a bad row is never written in part.
 */
export const importRoster: Handler<typeof memberContract.importRoster> = async (input, ctx) => {
  const actor = ctx.member;
  const [content, units] = await Promise.all([downloadFile(input.fileId), listUnits()]);
  const rows = checkRows(await readRosterSheet(content), units, actor);
  if (!input.commit) return { mode: 'report', report: await report(rows) };
  return { mode: 'commit', chunk: await commitChunk(rows, input.cursor ?? 0, units, ctx.openid, ctx.now) };
};

async function inBatches<T>(numbers: string[], lookup: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < numbers.length; i += LOOKUP_BATCH) out.push(...(await lookup(numbers.slice(i, i + LOOKUP_BATCH))));
  return out;
}

const numbersOf = (rows: CheckedRow[]): string[] => [...new Set(rows.filter((r) => r.reasons.length === 0).map((r) => r.employeeNo))];

async function report(rows: CheckedRow[]): Promise<ImportReport> {
  const numbers = numbersOf(rows);
  const [members, onRoster] = await Promise.all([inBatches(numbers, membersByNumbers), inBatches(numbers, rosterRows)]);
  const toVerify = checkAgainstMembers(rows, members);
  const known = new Set(onRoster.map((r) => r._id));
  const good = rows.filter((r) => r.reasons.length === 0);
  const bad = rows.filter((r) => r.reasons.length > 0);
  return {
    totalRows: rows.length,
    goodRows: good.length,
    badRows: bad.length,
    newRows: good.filter((r) => !known.has(r.employeeNo)).length,
    pendingToVerify: toVerify.length,
    errors: bad.slice(0, MAX_REPORTED_ERRORS).map((r) => ({ row: r.row, name: r.name, employeeNo: r.employeeNo, reasons: r.reasons })),
    errorsTruncated: bad.length > MAX_REPORTED_ERRORS,
  };
}

async function inWaves<T>(items: T[], write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += WRITE_WAVE) await Promise.all(items.slice(i, i + WRITE_WAVE).map(write));
}

async function commitChunk(all: CheckedRow[], cursor: number, units: UnitDoc[], importer: string, now: Date): Promise<ImportChunk> {
  const rows = all.slice(cursor, cursor + IMPORT_CHUNK);
  const toVerify = checkAgainstMembers(rows, await membersByNumbers(numbersOf(rows)));
  const good = rows.filter((r) => r.reasons.length === 0);
  await inWaves(good, (r) =>
    saveRosterRow({ _id: r.employeeNo, name: r.name, phone: r.phone, unitId: r.unit!._id, unitCode: r.unit!.code, importedAt: now, importedBy: importer }),
  );
  const rowOf = new Map(good.map((r) => [r.employeeNo, r]));
  let verified = 0;
  await inWaves(toVerify, async (m: MemberDoc) => {
    // The roster's unit wins, as it does for a registration that matches the roster.
    const place = placeIn(units, rowOf.get(m.employeeNo)!.unit!._id);
    const ok = await updateMemberIfStatus(m._id, 'pending', { ...place, status: 'verified', rosterMatched: true, verifiedAt: now, verifiedBy: 'roster', updatedAt: now });
    if (ok) verified += 1;
  });
  const end = cursor + rows.length;
  return {
    totalRows: all.length,
    processed: Math.min(end, all.length),
    nextCursor: end < all.length ? end : null,
    written: good.length,
    skipped: rows.length - good.length,
    verified,
  };
}
