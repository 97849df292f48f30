import type { trainingContract } from '../../../domain/contract/training';
import { chinaYear } from '../../../domain/rules/china-time';
import { ledgerKeyOf } from '../../../domain/rules/training-subjects';
import type { Handler } from '../../lib/dispatch';
import { hoursOf, findLedger } from '../repos/ledgers';
import { lessonsFor } from '../repos/lessons';
import { plansOnPath } from '../repos/plans';
import { owedBy } from '../standing';
import { standingOf } from '../../../domain/rules/training-progress';
import { entryView, lessonCard } from '../views';
import { ms } from '../../lib/time';

const RECENT = 20;

/**
 * My year against my plan. Member, then three reads at once: the plans on my path, my ledger, the
 * lessons aimed at me (4 requests in all, 2 round trips).
 */
export const getProgress: Handler<typeof trainingContract.getProgress> = async ({ year: asked }, ctx) => {
  const m = ctx.member;
  const year = asked ?? chinaYear(ctx.now.getTime());
  const [plans, ledger, lessons] = await Promise.all([
    plansOnPath(year, m.unitPath),
    findLedger(year, m._id),
    lessonsFor(m),
  ]);
  const owed = owedBy(m, plans);
  const keys = new Set(ledger?.keys ?? []);
  const entries = [...(ledger?.entries ?? [])].sort((a, b) => ms(b.at) - ms(a.at)).slice(0, RECENT);
  return {
    year,
    plan: { planned: owed.requirement.planned, audience: owed.audience, deadline: owed.requirement.deadline },
    standing: standingOf(owed.requirement.hours, hoursOf(ledger)),
    entries: entries.map(entryView),
    lessons: lessons.filter((l) => !keys.has(ledgerKeyOf('lesson', l._id))).map(lessonCard),
    certificateReady: (ledger?.total ?? 0) > 0,
  };
};
