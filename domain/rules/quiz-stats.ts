/**
 * Quiz statistics: what counts for each member, how members and units rank, how figures roll up
 * the org tree, and who may see a paper's figures. Pure, so the organizer's results, the members'
 * leaderboards, the exports and their tests share one set of rules.
 */
import type { CountMode } from '../contract/quiz-model';
import { roundScore } from './scoring';
import type { UnitLevel } from './unit-tree';

/**
 * The sort that puts each member's counted attempt first (then take the first per member): the
 * same pick as countedAttempt in paper-window.ts (best score, earliest on a tie; or the last
 * submitted), in a form a database aggregate can run so thousands of attempts never leave it.
 */
export function countedOrder(mode: CountMode): Record<string, 1 | -1> {
  return mode === 'best' ? { score: -1, submittedAt: 1 } : { submittedAt: -1 };
}

/** One member's standing on a paper: their counted attempt. */
export interface CountedResult {
  openid: string;
  name: string;
  employeeNo: string;
  unitId: string;
  unitPath: string[];
  score: number;
  passed: boolean;
  usedSeconds: number;
  /** Epoch ms. */
  submittedAt: number;
  /** Submitted attempts in all. */
  attempts: number;
}

/** Ranking order: higher score first, then less time used, then earlier hand-in. */
export function compareResults(
  a: Pick<CountedResult, 'score' | 'usedSeconds' | 'submittedAt'>,
  b: Pick<CountedResult, 'score' | 'usedSeconds' | 'submittedAt'>,
): number {
  return b.score - a.score || a.usedSeconds - b.usedSeconds || a.submittedAt - b.submittedAt;
}

/** Sorted with places: the same score in the same time shares a place (1, 2, 2, 4). */
export function rankResults<T extends Pick<CountedResult, 'score' | 'usedSeconds' | 'submittedAt'>>(
  rows: readonly T[],
): (T & { rank: number })[] {
  const sorted = [...rows].sort(compareResults);
  const out: (T & { rank: number })[] = [];
  sorted.forEach((r, i) => {
    const prev = out[i - 1];
    const tie = prev && prev.score === r.score && prev.usedSeconds === r.usedSeconds;
    out.push({ ...r, rank: tie ? prev.rank : i + 1 });
  });
  return out;
}

/** A share in percent with one decimal, never above 100; null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.min(100, Math.round((part * 1000) / whole) / 10);
}

export const averageOf = (sum: number, n: number): number | null => (n > 0 ? roundScore(sum / n) : null);

export interface ScoreBucket {
  /** Inclusive lower bound in points. */
  from: number;
  /** Exclusive upper bound, except the last bucket, which includes the full score. */
  to: number;
  count: number;
}

/** Counted scores in ten equal bands of the full score (the last band includes the full score). */
export function scoreBuckets(scores: readonly number[], maxScore: number, bands = 10): ScoreBucket[] {
  const width = maxScore > 0 ? maxScore / bands : 1;
  const out: ScoreBucket[] = Array.from({ length: bands }, (_, i) => ({
    from: roundScore(i * width),
    to: roundScore((i + 1) * width),
    count: 0,
  }));
  for (const s of scores) {
    const i = Math.min(bands - 1, Math.max(0, Math.floor(s / width + 1e-9)));
    out[i].count += 1;
  }
  return out;
}

/** Figures of one unit's own members (not its subtree). */
export interface UnitFigures {
  /** Members the paper is aimed at. */
  aimed: number;
  /** Members with a submitted attempt. */
  taken: number;
  passed: number;
  /** Sum of counted scores. */
  scoreSum: number;
}

export const NO_FIGURES: UnitFigures = { aimed: 0, taken: 0, passed: 0, scoreSum: 0 };

export interface StatsUnit {
  id: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
}

/** A paper's figures over some members: the whole scope's summary and each unit's row. */
export interface ResultFigures {
  aimed: number;
  taken: number;
  passed: number;
  /** taken / aimed, percent. */
  participation: number | null;
  average: number | null;
  /** passed / taken, percent. */
  passRate: number | null;
}

export interface UnitRow extends ResultFigures {
  unitId: string;
  name: string;
  level: UnitLevel;
  /** 0 for the report's top units, +1 per level below. */
  depth: number;
}

const add = (a: UnitFigures, b: UnitFigures): UnitFigures => ({
  aimed: a.aimed + b.aimed,
  taken: a.taken + b.taken,
  passed: a.passed + b.passed,
  scoreSum: a.scoreSum + b.scoreSum,
});

export function unitRowOf(u: StatsUnit, depth: number, f: UnitFigures): UnitRow {
  return {
    unitId: u.id,
    name: u.name,
    level: u.level,
    depth,
    aimed: f.aimed,
    taken: f.taken,
    passed: f.passed,
    participation: percentOf(f.taken, f.aimed),
    average: averageOf(f.scoreSum, f.taken),
    passRate: percentOf(f.passed, f.taken),
  };
}

/** Each unit's figures summed over its subtree. */
export function subtreeTotals(
  units: readonly StatsUnit[],
  own: Readonly<Record<string, UnitFigures>>,
): Map<string, UnitFigures> {
  const children = new Map<string | null, StatsUnit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const totals = new Map<string, UnitFigures>();
  const total = (u: StatsUnit, guard: number): UnitFigures => {
    const cached = totals.get(u.id);
    if (cached) return cached;
    let sum = own[u.id] ?? NO_FIGURES;
    if (guard < 8) for (const c of children.get(u.id) ?? []) sum = add(sum, total(c, guard + 1));
    totals.set(u.id, sum);
    return sum;
  };
  for (const u of units) total(u, 0);
  return totals;
}

/**
 * Rows in tree order (each unit followed by its subtree) under `roots`, figures rolled up the tree;
 * units with nobody aimed at and nobody taking part are left out (an empty branch says nothing).
 */
export function rollUpUnits(
  units: readonly StatsUnit[],
  own: Readonly<Record<string, UnitFigures>>,
  roots: readonly string[],
): UnitRow[] {
  const totals = subtreeTotals(units, own);
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, StatsUnit[]>();
  for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
  const rows: UnitRow[] = [];
  const walk = (u: StatsUnit, depth: number): void => {
    const t = totals.get(u.id) ?? NO_FIGURES;
    if (t.aimed === 0 && t.taken === 0) return;
    rows.push(unitRowOf(u, depth, t));
    if (depth < 8) for (const c of children.get(u.id) ?? []) walk(c, depth + 1);
  };
  for (const id of topmost(roots, byId)) walk(byId.get(id)!, 0);
  return rows;
}

/** Of some unit ids, those not inside another's subtree (so nothing is counted twice). */
export function topmost(ids: readonly string[], byId: ReadonlyMap<string, { parentId: string | null }>): string[] {
  const set = new Set(ids.filter((id) => byId.has(id)));
  const covered = (id: string): boolean => {
    let cur = byId.get(id)?.parentId ?? null;
    for (let i = 0; cur && i < 8; i++) {
      if (set.has(cur)) return true;
      cur = byId.get(cur)?.parentId ?? null;
    }
    return false;
  };
  return [...set].filter((id) => !covered(id));
}

export interface Viewer {
  role: 'worker' | 'cadre' | 'organizer' | 'admin';
  unitId: string;
  unitPath: string[];
}

/**
 * Where a viewer's figures for a paper start: an admin sees the whole audience; an organizer the
 * part of it inside their own subtree (their unit when the paper is aimed above it, or the aimed
 * units below it). Empty: the paper concerns nothing the organizer manages.
 */
export function resultRoots(
  viewer: Viewer,
  audienceUnits: readonly string[],
  pathOf: (unitId: string) => readonly string[],
): string[] {
  if (viewer.role === 'admin') return [...audienceUnits];
  const roots = new Set<string>();
  for (const u of audienceUnits) {
    if (viewer.unitPath.includes(u)) roots.add(viewer.unitId);
    else if (pathOf(u).includes(viewer.unitId)) roots.add(u);
  }
  return [...roots];
}

export interface UnitStanding {
  rank: number;
  unitId: string;
  name: string;
  aimed: number;
  taken: number;
  participation: number | null;
  average: number | null;
}

/**
 * Units ranked as union contests rank them: by participation rate (then average score), or by
 * average score (then participation rate). Equal figures share a place; units nobody is aimed at
 * are not ranked.
 */
export function rankUnits(
  rows: readonly Omit<UnitStanding, 'rank'>[],
  by: 'participation' | 'average',
): UnitStanding[] {
  const key = (r: Omit<UnitStanding, 'rank'>): [number, number] =>
    by === 'participation' ? [r.participation ?? -1, r.average ?? -1] : [r.average ?? -1, r.participation ?? -1];
  const sorted = rows
    .filter((r) => r.aimed > 0)
    .sort((a, b) => {
      const [a1, a2] = key(a);
      const [b1, b2] = key(b);
      return b1 - a1 || b2 - a2 || a.name.localeCompare(b.name, 'zh-CN');
    });
  const out: UnitStanding[] = [];
  sorted.forEach((r, i) => {
    const prev = out[i - 1];
    const tie = prev && key(prev).join() === key(r).join();
    out.push({ ...r, rank: tie ? prev.rank : i + 1 });
  });
  return out;
}

/** Correct rate of a question over the attempts that drew it, percent. */
export interface QuestionRate {
  questionId: string;
  answered: number;
  correct: number;
  correctRate: number;
}

/** The hardest questions first: lowest correct rate, then most answered. */
export function hardestQuestions(
  drawn: ReadonlyMap<string, number>,
  wrong: ReadonlyMap<string, number>,
  limit: number,
): QuestionRate[] {
  return [...drawn.entries()]
    .map(([questionId, answered]) => {
      const correct = Math.max(0, answered - (wrong.get(questionId) ?? 0));
      return { questionId, answered, correct, correctRate: percentOf(correct, answered) ?? 0 };
    })
    .sort(
      (a, b) => a.correctRate - b.correctRate || b.answered - a.answered || a.questionId.localeCompare(b.questionId),
    )
    .slice(0, limit);
}
