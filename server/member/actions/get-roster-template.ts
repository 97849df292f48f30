import type { memberContract } from '../../../domain/contract/member';
import { canManageUnit } from '../../../domain/rules/authority';
import type { Handler } from '../../lib/dispatch';
import { publishFile } from '../../lib/storage';
import { loadUnits } from '../repos/units';
import { rosterTemplate as rosterWorkbook } from '../roster/template';

/** Two hours: long enough to open and save, short enough that the unit list does not linger. */
const LINK_SECONDS = 2 * 3600;

/** The roster template, listing the active units the organizer may import into, in tree order. */
export const getRosterTemplate: Handler<typeof memberContract.getRosterTemplate> = async (_input, ctx) => {
  const units = (await loadUnits())
    .filter((u) => !u.retired && canManageUnit(ctx.member, u.path))
    .sort((a, b) => a.path.join('/').localeCompare(b.path.join('/')));
  return publishFile(
    ctx.openid,
    'templates',
    '名册导入模板.xlsx',
    await rosterWorkbook(units),
    1,
    LINK_SECONDS,
    ctx.now,
  );
};
