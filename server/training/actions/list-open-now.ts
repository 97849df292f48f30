import type { trainingContract } from '../../../domain/contract/training';
import { chinaYear } from '../../../domain/rules/china-time';
import { ledgerKeyOf } from '../../../domain/rules/training-subjects';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { upcomingTrainingFor } from '../../event/repos/training-events';
import { listPapersFor } from '../../quiz/repos/papers';
import { findLedger } from '../repos/ledgers';

const MEETINGS = 5;

/**
 * Where else hours can be earned now: the next 培训/会议 aimed at me, and open papers with hours I
 * have not earned yet. Member, then three reads at once (4 requests, 2 round trips).
 */
export const listOpenNow: Handler<typeof trainingContract.listOpenNow> = async (_input, ctx) => {
  const m = ctx.member;
  const [events, papers, ledger] = await Promise.all([
    upcomingTrainingFor(m, ctx.now, MEETINGS),
    listPapersFor(m, ctx.now, true),
    findLedger(chinaYear(ctx.now.getTime()), m._id),
  ]);
  const keys = new Set(ledger?.keys ?? []);
  return {
    meetings: events.flatMap((e) =>
      e.studyHours
        ? [
            {
              eventId: e._id,
              title: e.title,
              place: e.place,
              startsAt: ms(e.startsAt),
              subject: e.studyHours.subject,
              hours: e.studyHours.hours,
            },
          ]
        : [],
    ),
    papers: papers.flatMap((p) =>
      p.studyHours && !keys.has(ledgerKeyOf('quiz', p._id))
        ? [
            {
              paperId: p._id,
              title: p.title,
              closesAt: ms(p.closesAt),
              subject: p.studyHours.subject,
              hours: p.studyHours.hours,
            },
          ]
        : [],
    ),
  };
};
