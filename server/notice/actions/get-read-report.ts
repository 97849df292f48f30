import type { GroupReachRow, noticeContract } from '../../../domain/contract/notice';
import { rollUp, type UnitCounts } from '../../../domain/rules/notice-rollup';
import type { Handler } from '../../lib/dispatch';
import { aimedByUnit } from '../repos/audience';
import { reachOf } from '../repos/groups';
import { readsByUnit } from '../repos/reads';
import { loadUnits } from '../../member/repos/units';
import { loadManaged } from '../manage';
import { stateOf } from '../views';
import { msOrNull } from '../../lib/time';

/** WeChat's opengid is opaque and group names are not available to a server: a short stable label. */
const groupLabel = (openGId: string) => `群…${openGId.slice(-6)}`;

/**
 * Read / aimed per unit, rolled up from the notice's aimed units, and reach per WeChat group.
 * Member + notice + units + two aggregates + group aggregate: 6 requests, whatever the audience size.
 */
export const getReadReport: Handler<typeof noticeContract.getReadReport> = async ({ id }, ctx) => {
  const { notice } = await loadManaged(id, ctx);
  const [units, aimed, read, reach] = await Promise.all([
    loadUnits(),
    aimedByUnit(notice),
    readsByUnit(notice._id),
    reachOf(notice._id),
  ]);
  const own: Record<string, UnitCounts> = {};
  for (const [unitId, n] of Object.entries(aimed)) own[unitId] = { aimed: n, read: 0 };
  for (const [unitId, n] of Object.entries(read)) own[unitId] = { aimed: own[unitId]?.aimed ?? 0, read: n };
  const rows = rollUp(
    units.map((u) => ({ id: u._id, name: u.name, parentId: u.parentId, level: u.level })),
    own,
    notice.audienceUnits,
  );
  const groups: GroupReachRow[] = reach.map((g) => ({
    label: groupLabel(g.openGId),
    members: g.members,
    lastAt: g.lastAt.getTime(),
  }));
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    id: notice._id,
    title: notice.title,
    state: stateOf(notice, ctx.now),
    pinned: notice.pinned,
    aimed: sum(aimed),
    read: sum(read),
    units: rows,
    groups,
    remindRound: notice.remindRound,
    lastRemindAt: msOrNull(notice.lastRemindAt),
  };
};
