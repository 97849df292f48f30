import type { quizContract } from '../../../domain/contract/quiz';
import type { LeaderboardPaper, MemberStanding } from '../../../domain/contract/quiz-admin';
import { maskName } from '../../../domain/rules/masking';
import { countedAttempt, paperWindow } from '../../../domain/rules/paper-window';
import {
  NO_FIGURES,
  averageOf,
  percentOf,
  rankResults,
  rankUnits,
  subtreeTotals,
  type UnitFigures,
} from '../../../domain/rules/quiz-stats';
import { UNIT_LEVEL_LABELS } from '../../../domain/rules/unit-tree';
import type { Handler } from '../../lib/dispatch';
import type { MemberDoc } from '../../member/repos/members';
import { aimedByUnit } from '../../notice/repos/audience';
import { ms, type PaperHead } from '../repos/docs';
import { findPaperHead } from '../repos/papers';
import { countedResults, openedPapersFor, tallyByUnit } from '../repos/stats';
import { loadUnits } from '../../member/repos/units';
import { aimedAt } from '../access';
import { listMyAttempts } from '../repos/attempts';
import { ownUnitName } from '../../member/snapshot';

/** Whether my counted attempt passed, from my own attempts (a 不计排名 member has no row in the ranking). */
async function passedOwn(paper: PaperHead, openid: string): Promise<boolean> {
  const mine = (await listMyAttempts(paper._id, openid)).filter((a) => a.status === 'submitted');
  const counted = countedAttempt(
    mine.map((a) => ({
      id: a._id,
      score: a.score ?? 0,
      passed: a.passed === true,
      submittedAt: ms(a.submittedAt ?? a.startedAt),
    })),
    paper.counts,
  );
  return counted?.passed === true;
}

const PAPERS = 20;
const TOP = 10;

const paperView = (p: PaperHead, now: Date): LeaderboardPaper => ({
  id: p._id,
  title: p.title,
  window: paperWindow({ opensAt: ms(p.opensAt), closesAt: ms(p.closesAt) }, now.getTime()),
  closesAt: ms(p.closesAt),
  withCertificate: p.withCertificate === true,
});

async function chosenPaper(
  papers: PaperHead[],
  paperId: string | undefined,
  member: MemberDoc,
  now: Date,
): Promise<PaperHead | null> {
  if (!paperId) return papers[0] ?? null;
  const listed = papers.find((p) => p._id === paperId);
  if (listed) return listed;
  const paper = aimedAt(await findPaperHead(paperId), member);
  return ms(paper.opensAt) <= now.getTime() ? paper : aimedAt(null, member);
}

/**
 * What members see of a paper's results: the ranking in my own unit (score, then time; others'
 * names masked) and the units at my level across the paper's audience, ranked by participation
 * rate and by average score as union contests rank them. Member, papers, then four reads at once.
 */
export const getLeaderboard: Handler<typeof quizContract.getLeaderboard> = async ({ paperId }, ctx) => {
  const member = ctx.member;
  const papers = await openedPapersFor(member, ctx.now, PAPERS);
  const paper = await chosenPaper(papers, paperId, member, ctx.now);
  const list = papers.map((p) => paperView(p, ctx.now));
  if (!paper) return { papers: list, paper: null, myUnit: null, units: null, certificate: false };

  const [mine, tallies, aimed, units] = await Promise.all([
    countedResults(paper._id, paper.counts, { unitId: member.unitId }),
    tallyByUnit(paper._id, paper.counts),
    aimedByUnit(paper),
    loadUnits(),
  ]);

  const ranked = rankResults(mine);
  const standing = (r: (typeof ranked)[number]): MemberStanding => {
    const me = r.openid === member._id;
    return { rank: r.rank, name: me ? r.name : maskName(r.name), score: r.score, usedSeconds: r.usedSeconds, me };
  };
  const myRow = ranked.find((r) => r.openid === member._id) ?? null;
  const byId = new Map(units.map((u) => [u._id, u]));
  const myUnit = byId.get(member.unitId);

  const own: Record<string, UnitFigures> = {};
  for (const [id, n] of Object.entries(aimed)) own[id] = { ...(own[id] ?? NO_FIGURES), aimed: n };
  for (const [id, t] of tallies) own[id] = { ...(own[id] ?? NO_FIGURES), ...t };
  const totals = subtreeTotals(
    units.map((u) => ({ id: u._id, name: u.name, parentId: u.parentId, level: u.level })),
    own,
  );
  const level = myUnit?.level ?? 3;
  const peers = units
    .filter((u) => !u.retired && u.level === level && paper.audienceUnits.some((a) => u.path.includes(a)))
    .map((u) => {
      const t = totals.get(u._id) ?? NO_FIGURES;
      return {
        unitId: u._id,
        name: u.name,
        aimed: t.aimed,
        taken: t.taken,
        participation: percentOf(t.taken, t.aimed),
        average: averageOf(t.scoreSum, t.taken),
      };
    });

  return {
    papers: list.some((p) => p.id === paper._id) ? list : [paperView(paper, ctx.now), ...list],
    paper: paperView(paper, ctx.now),
    myUnit: {
      unitName: myUnit?.name ?? ownUnitName(member) ?? '',
      top: ranked.slice(0, TOP).map(standing),
      me: myRow ? standing(myRow) : null,
      of: ranked.length,
    },
    units: {
      levelLabel: UNIT_LEVEL_LABELS[level],
      byParticipation: rankUnits(peers, 'participation'),
      byAverage: rankUnits(peers, 'average'),
    },
    certificate: paper.withCertificate === true && (myRow ? myRow.passed : await passedOwn(paper, member._id)),
  };
};
