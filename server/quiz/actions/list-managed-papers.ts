import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { Handler } from '../../lib/dispatch';
import { pageManagedPapers, takeUpOf } from '../repos/admin-papers';
import { adminScope } from '../admin-scope';
import { paperCard } from '../admin-views';

/**
 * Papers that concern my subtree: set up in it, or aimed at it (from above too: I see my part of
 * their results). Member, units, page + count, one take-up aggregate.
 */
export const listPapers: Handler<typeof quizAdminContract.listPapers> = async ({ page, pageSize }, ctx) => {
  const scope = await adminScope(ctx);
  const concern = scope.subtree
    ? { ownerUnitIds: scope.subtree, aimedAt: [...new Set([...scope.actor.unitPath, ...scope.subtree])] }
    : { ownerUnitIds: null, aimedAt: null };
  const found = await pageManagedPapers(concern, (page - 1) * pageSize, pageSize);
  const takeUp = await takeUpOf(found.items.map((p) => p._id));
  return {
    items: found.items.map((p) => paperCard(p, scope, takeUp.get(p._id), ctx.now)),
    total: found.total,
    page,
    pageSize,
  };
};
