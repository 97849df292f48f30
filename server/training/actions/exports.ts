import type { trainingAdminContract } from '../../../domain/contract/training-admin';
import type { Handler } from '../../lib/dispatch';
import { publishFile } from '../../lib/storage';
import { trainingScope } from '../admin-scope';
import type { LedgerDoc } from '../repos/docs';
import { ledgersOf } from '../repos/ledgers';
import { traineesUnder } from '../repos/members';
import { standingsUnder, totalsByUnit, unitRow } from '../rollup';
import { completionWorkbook, ledgerWorkbook } from '../sheet/workbooks';
import { ownUnitName } from '../../member/snapshot';

/** Links last two hours: long enough to open and save, short enough not to leak a roster. */
const LINK_SECONDS = 2 * 3600;

/** Every ledger entry of the members now in a subtree, for a year, as .xlsx. */
export const exportLedger: Handler<typeof trainingAdminContract.exportLedger> = async ({ year, unitId }, ctx) => {
  const scope = await trainingScope(ctx.member, unitId);
  const trainees = await traineesUnder(scope.unit._id);
  const ledgers = await ledgersOf<LedgerDoc>(
    year,
    trainees.map((t) => t._id),
    true,
  );
  const byOpenid = new Map(trainees.map((t) => [t._id, t]));
  const rows = ledgers
    .map((ledger) => {
      const t = byOpenid.get(ledger.openid);
      return {
        ledger,
        employeeNo: t?.employeeNo ?? '',
        unitName: (t && ownUnitName(t)) ?? scope.nameOf(ledger.unitId),
      };
    })
    .sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));
  const { content, count } = await ledgerWorkbook(rows);
  return publishFile(
    ctx.openid,
    'training',
    `${year}年学时台账-${scope.unit.name}.xlsx`,
    content,
    count,
    LINK_SECONDS,
    ctx.now,
  );
};

/** Completion by unit (the subtree, each unit with everything below it) and by member, as .xlsx. */
export const exportCompletion: Handler<typeof trainingAdminContract.exportCompletion> = async (
  { year, unitId },
  ctx,
) => {
  const scope = await trainingScope(ctx.member, unitId);
  const { members } = await standingsUnder(year, scope.unit);
  const totals = totalsByUnit(scope.unit, members);
  const units = scope.units
    .filter((u) => u.path.includes(scope.unit._id) && (!u.retired || totals.has(u._id)))
    .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code))
    .map((u) => unitRow(u, totals.get(u._id)));
  const content = await completionWorkbook(units, members, scope.nameOf);
  return publishFile(
    ctx.openid,
    'training',
    `${year}年培训完成情况-${scope.unit.name}.xlsx`,
    content,
    members.length,
    LINK_SECONDS,
    ctx.now,
  );
};
