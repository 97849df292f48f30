/**
 * Attempts: the source of truth for results, ranks and the wrong-answer book. The member path
 * touches one attempt document by id; no document is shared between members.
 */
import type { CountMode } from '../../../domain/contract/quiz';
import { collection, command } from '../../lib/collection';
import { listOf, row, rows, updatedOf } from '../../lib/results';
import type { AttemptFacts } from '../../../domain/rules/paper-window';
import { ATTEMPT_HEAD_FIELDS, msOrNull, type AttemptDoc, type AttemptHead } from './docs';
import { isDuplicateKey } from '../../lib/db-errors';

const HEAD = Object.fromEntries(ATTEMPT_HEAD_FIELDS.map((f) => [f, true])) as Record<
  (typeof ATTEMPT_HEAD_FIELDS)[number],
  true
>;

export const attemptIdOf = (paperId: string, openid: string, n: number): string => `${paperId}_${openid}_${n}`;

export async function findAttempt(id: string): Promise<AttemptDoc | null> {
  return row<AttemptDoc>(await collection('quiz_attempts').doc(id).get());
}

/**
 * My latest attempts at a paper, newest first (enough for today's count and the one in progress).
 * openid first: an engine that narrows by one field (the local cloud) then reads only my attempts,
 * not the whole paper's; WeChat uses the compound index either way.
 */
export async function listMyAttempts(paperId: string, openid: string, limit = 100): Promise<AttemptHead[]> {
  return rows<AttemptHead>(
    await collection('quiz_attempts').where({ openid, paperId }).field(HEAD).orderBy('n', 'desc').limit(limit).get(),
  );
}

/** My attempts at several papers (lists and home), newest first. */
export async function listMyAttemptsAt(openid: string, paperIds: string[]): Promise<AttemptHead[]> {
  if (paperIds.length === 0) return [];
  return rows<AttemptHead>(
    await collection('quiz_attempts')
      .where({ openid, paperId: command().in(paperIds) })
      .field(HEAD)
      .orderBy('n', 'desc')
      .limit(1000)
      .get(),
  );
}

/** The papers of my attempts under way (at most one per paper: a start resumes rather than opens another). */
export async function myInProgressPaperIds(openid: string): Promise<string[]> {
  const found = rows<{ paperId: string }>(
    await collection('quiz_attempts')
      .where({ openid, status: 'in_progress' })
      .field({ paperId: true })
      .limit(200)
      .get(),
  );
  return [...new Set(found.map((a) => a.paperId))];
}

/** Creates attempt n; 'exists' when a simultaneous start of the same member created it first. */
export async function insertAttempt(doc: AttemptDoc): Promise<'ok' | 'exists'> {
  try {
    await collection('quiz_attempts').add({ data: doc });
    return 'ok';
  } catch (err) {
    if (isDuplicateKey(err)) return 'exists';
    throw err;
  }
}

/**
 * One save, one request: only the member's own attempt, only while it is in progress and the
 * deadline (plus grace) has not passed. False when nothing was saved.
 */
export async function saveAnswer(
  id: string,
  openid: string,
  now: Date,
  index: number,
  change: { tokens?: string[]; flagged?: boolean },
): Promise<boolean> {
  const _ = command();
  const data: Record<string, unknown> = { rev: _.inc(1), savedAt: now };
  if (change.tokens !== undefined) data[`answers.${index}`] = _.set(change.tokens);
  if (change.flagged !== undefined) data[`flagged.${index}`] = change.flagged;
  const res = await collection('quiz_attempts')
    .where({ _id: id, openid, status: 'in_progress', acceptUntil: _.gte(now) })
    .update({ data });
  return updatedOf(res) === 1;
}

/** The marked fields of an attempt (and any answers the submit itself carried). */
export type MarkedFields = Required<
  Pick<
    AttemptDoc,
    | 'submittedAt'
    | 'markedAt'
    | 'autoSubmitted'
    | 'score'
    | 'passed'
    | 'correctCount'
    | 'usedSeconds'
    | 'earned'
    | 'wrongQids'
    | 'folded'
  >
> & {
  lateAnswers?: Record<string, string[]>;
};

/**
 * Commits a marking, only over the exact answers it read (`rev`) and only once: false when a save
 * slipped in or another call marked it first.
 */
export async function finishAttempt(id: string, rev: number, marked: MarkedFields): Promise<boolean> {
  const _ = command();
  const { lateAnswers, ...fields } = marked;
  const data: Record<string, unknown> = { ...fields, status: 'submitted' };
  for (const [i, tokens] of Object.entries(lateAnswers ?? {})) data[`answers.${i}`] = _.set(tokens);
  const res = await collection('quiz_attempts').where({ _id: id, status: 'in_progress', rev }).update({ data });
  return updatedOf(res) === 1;
}

/** In-progress attempts past their deadline and grace (for the timer), oldest first. */
export async function listOverdue(now: Date, limit: number): Promise<AttemptDoc[]> {
  return rows<AttemptDoc>(
    await collection('quiz_attempts')
      .where({ status: 'in_progress', acceptUntil: command().lt(now) })
      .orderBy('acceptUntil', 'asc')
      .limit(limit)
      .get(),
  );
}

/** My submitted attempts not yet in my wrong-answer book, oldest first. */
export async function listUnfolded(openid: string, limit: number): Promise<AttemptDoc[]> {
  return rows<AttemptDoc>(
    await collection('quiz_attempts')
      .where({ openid, folded: false, status: 'submitted' })
      .field({ _id: true, paperId: true, submittedAt: true, questions: true, wrongQids: true })
      .orderBy('submittedAt', 'asc')
      .limit(limit)
      .get(),
  );
}

export async function markFolded(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await collection('quiz_attempts')
    .where({ _id: command().in(ids) })
    .update({ data: { folded: true } });
}

/** My submitted attempts in [from, to), paged through, light fields only. */
export async function listMySubmittedBetween(openid: string, from: Date, to: Date): Promise<AttemptHead[]> {
  const _ = command();
  const out: AttemptHead[] = [];
  const PAGE = 1000;
  for (let skip = 0; ; skip += PAGE) {
    const page = rows<AttemptHead>(
      await collection('quiz_attempts')
        .where({ openid, submittedAt: _.gte(from).and(_.lt(to)), status: 'submitted' })
        .field(HEAD)
        .orderBy('submittedAt', 'desc')
        .skip(skip)
        .limit(PAGE)
        .get(),
    );
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/**
 * My place in my unit on a paper, by each member's counted score (best, or last submitted), in one
 * aggregate: members above me, and members in all.
 */
export async function rankInUnit(
  paperId: string,
  unitId: string,
  mode: CountMode,
  myScore: number,
): Promise<{ above: number; of: number }> {
  const $ = command().aggregate;
  // 不计排名 attempts (taken by someone who can read the key) are nobody's competition.
  let agg = collection('quiz_attempts')
    .aggregate()
    .match({ unitId, paperId, status: 'submitted', unranked: command().neq(true) });
  agg =
    mode === 'best'
      ? agg.group({ _id: '$openid', score: $.max('$score') })
      : agg.sort({ submittedAt: 1 }).group({ _id: '$openid', score: $.last('$score') });
  const res = listOf<{ of: number; above: number }>(
    await agg
      .group({ _id: null, of: $.sum(1), above: $.sum($.cond({ if: $.gt(['$score', myScore]), then: 1, else: 0 })) })
      .end(),
  );
  return { above: res[0]?.above ?? 0, of: res[0]?.of ?? 0 };
}

/** The plain facts the standing rule (domain/rules/paper-window) works on. */
export function attemptFacts(h: AttemptHead): AttemptFacts {
  return {
    id: h._id,
    n: h.n,
    day: h.day,
    status: h.status,
    score: h.score ?? null,
    passed: h.passed ?? null,
    submittedAt: msOrNull(h.submittedAt),
  };
}
