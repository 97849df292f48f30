import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { Handler } from '../../lib/dispatch';
import { takeUpOf } from '../repos/admin-papers';
import { bankCounts } from '../repos/admin-questions';
import { findPaperHead, listPaperPools } from '../repos/papers';
import { editablePaper } from '../paper-access';
import { adminScope } from '../admin-scope';
import { adminPaperView, fixedQuestionsOf } from '../admin-views';

/** The editor in one call: the paper (if editing), the units I may aim at, what the bank can fill. */
export const getEditor: Handler<typeof quizAdminContract.getEditor> = async ({ paperId }, ctx) => {
  const scope = await adminScope(ctx);
  const [head, bank] = await Promise.all([
    paperId ? findPaperHead(paperId) : Promise.resolve(null),
    bankCounts(scope.bankOwners),
  ]);
  const units = scope.units
    .filter((u) => !u.retired && scope.canManage(u._id))
    .map((u) => ({ id: u._id, name: u.name, parentId: u.parentId, level: u.level }));
  if (!paperId) return { paper: null, units, bank };
  const paper = editablePaper(head, scope);
  const [takeUp, pools] = await Promise.all([
    takeUpOf([paper._id]),
    paper.draw.mode === 'fixed' ? listPaperPools([paper._id]) : Promise.resolve([]),
  ]);
  const fixed = fixedQuestionsOf({ ...paper, pool: pools[0]?.pool });
  return { paper: adminPaperView(paper, scope, takeUp.get(paper._id), ctx.now, fixed), units, bank };
};
