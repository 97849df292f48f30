/**
 * A paper's statistics, computed inside the database: each member's counted attempt (best or last,
 * by the rule in domain/rules/quiz-stats.ts), figures per unit, and per-question counts. Aggregates
 * with explicit limits and paging, so thousands of submissions never meet the 100-record read.
 */
import type { CountMode } from '../../../domain/contract/quiz';
import type { Role } from '../../../domain/roles';
import { countedOrder, type CountedResult } from '../../../domain/rules/quiz-stats';
import { db } from '../../lib/cloud';
import { collection, command } from '../../lib/collection';
import { listOf, rows } from '../../lib/results';
import { ms, type PaperHead } from './docs';

const PAGE = 1000;

export interface AttemptScope {
  /** Only members whose unit (at the start of the attempt) is at or below this unit. */
  under?: string;
  /** Only members of exactly this unit. */
  unitId?: string;
}

/** Submitted attempts that count for ranks and figures: 不计排名 ones (key readers') never do. */
function matchOf(paperId: string, scope: AttemptScope): Record<string, unknown> {
  const match: Record<string, unknown> = { paperId, status: 'submitted', unranked: command().neq(true) };
  if (scope.under) match.unitPath = scope.under;
  if (scope.unitId) match.unitId = scope.unitId;
  return match;
}

/** Each member's counted attempt first, then one row per member. */
function countedPipeline(paperId: string, mode: CountMode, scope: AttemptScope) {
  const $ = db().command.aggregate;
  return collection('quiz_attempts')
    .aggregate()
    .match(matchOf(paperId, scope))
    .sort(countedOrder(mode))
    .group({
      _id: '$openid',
      name: $.first('$memberName'),
      employeeNo: $.first('$employeeNo'),
      unitId: $.first('$unitId'),
      unitPath: $.first('$unitPath'),
      score: $.first('$score'),
      passed: $.first('$passed'),
      usedSeconds: $.first('$usedSeconds'),
      submittedAt: $.first('$submittedAt'),
      attempts: $.sum(1),
    });
}

interface CountedRow extends Omit<CountedResult, 'openid' | 'submittedAt'> {
  _id: string;
  submittedAt: Date | string | number;
}

const toResult = (r: CountedRow): CountedResult => ({
  openid: r._id,
  name: r.name,
  employeeNo: r.employeeNo ?? '',
  unitId: r.unitId,
  unitPath: r.unitPath ?? [],
  score: r.score ?? 0,
  passed: r.passed === true,
  usedSeconds: r.usedSeconds ?? 0,
  submittedAt: ms(r.submittedAt),
  attempts: r.attempts,
});

/** Every member's counted result on a paper (within a scope), 1000 members per request. */
export async function countedResults(
  paperId: string,
  mode: CountMode,
  scope: AttemptScope = {},
): Promise<CountedResult[]> {
  const out: CountedResult[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = listOf<CountedRow>(
      await countedPipeline(paperId, mode, scope).sort({ _id: 1 }).skip(skip).limit(PAGE).end(),
    );
    out.push(...page.map(toResult));
    if (page.length < PAGE) return out;
  }
}

export interface UnitTally {
  taken: number;
  passed: number;
  scoreSum: number;
}

/** Counted results summed per member's own unit: one aggregate whatever the number of members. */
export async function tallyByUnit(
  paperId: string,
  mode: CountMode,
  scope: AttemptScope = {},
): Promise<Map<string, UnitTally>> {
  const $ = db().command.aggregate;
  const res = await countedPipeline(paperId, mode, scope)
    .group({
      _id: '$unitId',
      taken: $.sum(1),
      passed: $.sum($.cond({ if: $.eq(['$passed', true]), then: 1, else: 0 })),
      scoreSum: $.sum('$score'),
    })
    .limit(PAGE)
    .end();
  return new Map(
    listOf<{ _id: string } & UnitTally>(res).map((g) => [
      g._id,
      { taken: g.taken, passed: g.passed, scoreSum: g.scoreSum },
    ]),
  );
}

/**
 * How often each question was drawn, and how often it was not answered right, over the submitted
 * attempts in scope: two aggregates (a pool holds at most 1000 questions).
 */
export async function questionCounts(
  paperId: string,
  scope: AttemptScope = {},
): Promise<{ drawn: Map<string, number>; wrong: Map<string, number> }> {
  const $ = db().command.aggregate;
  const match = matchOf(paperId, scope);
  const [drawn, wrong] = await Promise.all([
    collection('quiz_attempts')
      .aggregate()
      .match(match)
      .project({ questions: true })
      .unwind('$questions')
      .group({ _id: '$questions.qid', n: $.sum(1) })
      .limit(PAGE)
      .end(),
    collection('quiz_attempts')
      .aggregate()
      .match(match)
      .project({ wrongQids: true })
      .unwind('$wrongQids')
      .group({ _id: '$wrongQids', n: $.sum(1) })
      .limit(PAGE)
      .end(),
  ]);
  const toMap = (res: unknown) => new Map(listOf<{ _id: string; n: number }>(res).map((g) => [g._id, g.n]));
  return { drawn: toMap(drawn), wrong: toMap(wrong) };
}

/** Published papers aimed at a member that have opened (closed ones too), newest first. */
export async function openedPapersFor(
  member: { unitPath: string[]; role: Role },
  now: Date,
  limit: number,
): Promise<PaperHead[]> {
  const _ = command();
  return rows<PaperHead>(
    await collection('quiz_papers')
      .where({
        audienceUnits: _.in(member.unitPath),
        status: 'published',
        audienceRoles: member.role,
        opensAt: _.lte(now),
      })
      .field({ pool: false })
      .orderBy('opensAt', 'desc')
      .limit(limit)
      .get(),
  );
}
