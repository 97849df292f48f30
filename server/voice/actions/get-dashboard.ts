import type { voiceContract } from '../../../domain/contract/voice';
import type { DashboardUnitRow } from '../../../domain/contract/voice-model';
import { AppError } from '../../../domain/errors';
import { managedRoot } from '../../../domain/rules/authority';
import { chinaDayKey, chinaMonthRange } from '../../../domain/rules/china-time';
import { rollup, share, type RequestFact, type Tally } from '../../../domain/rules/voice-rollup';
import { topTopics } from '../../../domain/rules/voice-topics';
import type { Handler } from '../../lib/dispatch';
import { ms, msOrNull } from '../../lib/time';
import { listCreatedBetween, type OrganizerDoc } from '../repos/requests';
import { managedUnits, toOption } from '../units';

export const factOf = (d: OrganizerDoc): RequestFact => ({
  unitPath: d.unitPath,
  kind: d.kind,
  category: d.category,
  status: d.status,
  promisedBy: ms(d.promisedBy),
  dueAt: msOrNull(d.dueAt),
  firstReplyAt: msOrNull(d.firstReplyAt),
  onTime: d.onTime,
  rating: d.rating,
  adopted: d.adopted,
});

const rowOf = (unitId: string, name: string, depth: number, t: Tally): DashboardUnitRow => ({
  unitId,
  name,
  depth,
  total: t.total,
  answered: t.answered,
  onTimeShare: share(t.onTime, t.due),
  satisfaction: share(t.satisfied, t.rated),
});

/**
 * A month of requests under a unit (default: everything I manage), rolled up the tree.
 * Member + units + the month's requests: 3 requests.
 */
export const getDashboard: Handler<typeof voiceContract.getDashboard> = async ({ unitId, month }, ctx) => {
  const units = await managedUnits(ctx.member);
  const chosen = unitId ? units.find((u) => u._id === unitId) : undefined;
  if (unitId && !chosen) throw new AppError('NOT_FOUND', '单位不存在');
  const root = chosen?._id ?? managedRoot(ctx.member);
  const theMonth = month ?? chinaDayKey(ctx.now.getTime()).slice(0, 7);
  const { from, to } = chinaMonthRange(theMonth);
  const docs = await listCreatedBetween(root, new Date(from), new Date(to), true);
  const r = rollup(docs.map(factOf), ctx.now.getTime());
  const shown = root ? units.filter((u) => u.path.includes(root)) : units;
  const top = shown[0];
  const baseDepth = top ? top.path.length : 1;
  const totals = rowOf(root ?? '', chosen?.name ?? top?.name ?? '全部单位', 0, r.all);
  return {
    month: theMonth,
    unitId: root,
    unitName: totals.name,
    totals: { ...totals, overdue: r.all.overdue, adopted: r.all.adopted, rated: r.all.rated },
    units: shown.map((u) => rowOf(u._id, u.name, u.path.length - baseDepth, r.byUnit.get(u._id) ?? rollup([], 0).all)),
    byCategory: r.byCategory,
    byKind: r.byKind,
    topics: topTopics(
      docs.map((d) => d.text),
      10,
    ),
    unitOptions: units.map(toOption),
  };
};
