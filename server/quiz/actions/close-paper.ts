import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import { paperWindow } from '../../../domain/rules/paper-window';
import type { Handler } from '../../lib/dispatch';
import { takeUpOf, updatePaperFields } from '../repos/admin-papers';
import { ms } from '../repos/docs';
import { findPaperHead } from '../repos/papers';
import { editablePaper } from '../paper-access';
import { adminScope } from '../admin-scope';
import { adminPaperView } from '../admin-views';

/**
 * Ends a paper now. An open paper closes (no new attempts; attempts under way end at their own
 * deadline, which never runs past the old close time); one not yet open is withdrawn, since nobody
 * can have started it. Closing a closed paper changes nothing.
 */
export const closePaper: Handler<typeof quizAdminContract.closePaper> = async ({ paperId }, ctx) => {
  const scope = await adminScope(ctx);
  const paper = editablePaper(await findPaperHead(paperId), scope);
  if (paper.status === 'draft') throw new AppError('CONFLICT', '试卷尚未发布，无需结束');
  const now = ctx.now;
  const window = paperWindow({ opensAt: ms(paper.opensAt), closesAt: ms(paper.closesAt) }, now.getTime());
  let changed = paper;
  if (paper.status === 'published' && window === 'upcoming') {
    changed = { ...paper, status: 'withdrawn', updatedAt: now };
    await updatePaperFields(paperId, { status: 'withdrawn', updatedAt: now });
  } else if (paper.status === 'published' && window === 'open') {
    changed = { ...paper, closesAt: now, updatedAt: now };
    await updatePaperFields(paperId, { closesAt: now, updatedAt: now });
  }
  return adminPaperView(changed, scope, (await takeUpOf([paperId])).get(paperId), now, []);
};
