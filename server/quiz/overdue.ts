/** "An in-progress attempt past its deadline is marked on its next touch." */
import { isOverdue } from '../../domain/rules/paper-window';
import { findAttempt } from './repos/attempts';
import { ms, type AttemptDoc, type AttemptHead } from './repos/docs';
import { settle } from './marking';

const headOf = (a: AttemptDoc): AttemptHead => {
  const { questions: _q, answers: _a, flagged: _f, ...rest } = a;
  return rest;
};

/**
 * My attempts at a paper (newest first) with the one in progress marked if its time ran out. Only
 * the newest can be in progress: a start resumes it rather than opening another.
 */
export async function settleOverdueLatest(attempts: AttemptHead[], now: Date): Promise<AttemptHead[]> {
  const latest = attempts[0];
  if (!latest || latest.status !== 'in_progress' || !isOverdue(ms(latest.deadline), now.getTime())) return attempts;
  const full = await findAttempt(latest._id);
  if (!full) return attempts;
  return [headOf(await settle(full, now)), ...attempts.slice(1)];
}
