import type { ImportReport, memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { commitChunk, inWaves, judgeFile, reportOf, type JudgedFile } from '../../sheets/flow';
import { downloadOwnUpload } from '../../lib/storage';
import { membersByNumbers, updateMemberIfStatus } from '../repos/members';
import { rosterRows, saveRosterRow } from '../repos/roster';
import { loadUnits } from '../repos/units';
import { placeIn } from '../placement';
import { rosterPlan, type RosterEntry, type RosterField } from '../roster/check-rows';

/** Rows written per call: small enough to finish well inside the timeout, large enough to be quick. */
export const IMPORT_CHUNK = 200;
/** Numbers per `in` query. */
const LOOKUP_BATCH = 500;
/** Parallel single-document writes. */
const WRITE_WAVE = 20;

/**
 * Roster import from .xlsx, in the two steps the page walks through (the flow is
 * server/sheets/flow): `commit: false` checks every row of every roster sheet and returns the
 * report; `commit: true, cursor` writes the good rows of one chunk and verifies the pending
 * registrations they match. Writes are keyed by employee number, so a retried chunk rewrites the
 * same documents; a bad row is never written in part.
 */
export const importRoster: Handler<typeof memberContract.importRoster> = async (input, ctx) => {
  const [content, units] = await Promise.all([downloadOwnUpload(input.fileId, ctx.openid, 'roster'), loadUnits()]);
  const file = await judgeFile(
    content,
    rosterPlan(units, ctx.member, (numbers) => inBatches(numbers, membersByNumbers)),
  );
  if (!input.commit) return { mode: 'report', report: await rosterReport(file) };
  const chunk = await commitChunk(file, input.cursor ?? 0, IMPORT_CHUNK, async (good) => {
    await inWaves(good, WRITE_WAVE, ({ value: r }) =>
      saveRosterRow({
        _id: r.employeeNo,
        name: r.name,
        phone: r.phone,
        unitId: r.unit._id,
        unitCode: r.unit.code,
        importedAt: ctx.now,
        importedBy: ctx.openid,
      }),
    );
    let verified = 0;
    await inWaves(good, WRITE_WAVE, async ({ value: r }) => {
      if (!r.pending) return;
      // The roster's unit wins, as it does for a registration that matches the roster.
      const place = placeIn(units, r.unit._id);
      const ok = await updateMemberIfStatus(r.pending._id, 'pending', {
        ...place,
        status: 'verified',
        rosterMatched: true,
        verifiedAt: ctx.now,
        verifiedBy: 'roster',
        updatedAt: ctx.now,
      });
      if (ok) verified += 1;
    });
    return { verified };
  });
  return { mode: 'commit', chunk };
};

async function inBatches<T>(numbers: string[], lookup: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const batches: string[][] = [];
  for (let i = 0; i < numbers.length; i += LOOKUP_BATCH) batches.push(numbers.slice(i, i + LOOKUP_BATCH));
  return (await Promise.all(batches.map(lookup))).flat();
}

async function rosterReport(file: JudgedFile<RosterField, RosterEntry>): Promise<ImportReport> {
  const good = file.rows.flatMap((r) => (r.value ? [r.value] : []));
  const known = new Set((await inBatches([...new Set(good.map((g) => g.employeeNo))], rosterRows)).map((r) => r._id));
  return {
    ...reportOf(file),
    newRows: good.filter((g) => !known.has(g.employeeNo)).length,
    pendingToVerify: good.filter((g) => g.pending).length,
  };
}
