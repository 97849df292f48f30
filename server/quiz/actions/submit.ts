import type { quizContract } from '../../../domain/contract/quiz';
import type { Handler } from '../../lib/dispatch';
import { findAttempt } from '../repos/attempts';
import { ownAttempt } from '../access';
import { settle } from '../marking';
import { submitView } from '../views';
import { creditPass } from '../training-hours';

/**
 * Marks on the server: member, attempt read, one guarded update. A second submit finds the attempt
 * marked and returns the same result; a late one is marked with what was saved by the deadline.
 */
export const submit: Handler<typeof quizContract.submit> = async ({ attemptId, answers }, ctx) => {
  const member = ctx.member;
  const a = ownAttempt(await findAttempt(attemptId), member);
  if (a.status === 'submitted') {
    // A replayed submit adds nothing, but writes the hours if the first one stopped short of it.
    await creditPass(a, ctx.now, true);
    return submitView(a);
  }
  const late = Object.fromEntries(
    (answers ?? []).filter((x) => x.index < a.questions.length).map((x) => [String(x.index), x.tokens]),
  );
  return submitView(await settle(a, ctx.now, late));
};
