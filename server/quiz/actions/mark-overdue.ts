import type { quizContract } from '../../../domain/contract/quiz';
import type { Handler } from '../../lib/dispatch';
import { listOverdue } from '../repos/attempts';
import { settle } from '../marking';

const PAGE = 50;
const MAX_PAGES = 10;

/**
 * Timer: marks attempts whose time ran out, so organizers' results are complete without waiting
 * for each member's next touch. Each is marked exactly as a late submit would be.
 */
export const markOverdue: Handler<typeof quizContract.markOverdue> = async (_input, ctx) => {
  let marked = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const due = await listOverdue(ctx.now, PAGE);
    for (const a of due) {
      await settle(a, ctx.now);
      marked += 1;
    }
    if (due.length < PAGE) break;
  }
  return { marked };
};
