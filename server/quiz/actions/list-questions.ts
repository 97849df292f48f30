import type { quizAdminContract } from '../../../domain/contract/quiz-admin';
import type { Handler } from '../../lib/dispatch';
import { bankFacets, pageQuestions } from '../repos/admin-questions';
import { adminScope } from '../admin-scope';
import { bankQuestionView } from '../admin-views';

/** The bank I use (my unit's and those above it), searched and filtered, one page: member, units, page + count, two facet aggregates. */
export const listQuestions: Handler<typeof quizAdminContract.listQuestions> = async (input, ctx) => {
  const scope = await adminScope(ctx);
  const { page, pageSize, ...filters } = input;
  const [found, facets] = await Promise.all([
    pageQuestions({ ownerUnitIds: scope.bankOwners, ...filters }, (page - 1) * pageSize, pageSize),
    bankFacets(scope.bankOwners),
  ]);
  return { items: found.items.map((q) => bankQuestionView(q, scope)), total: found.total, page, pageSize, ...facets };
};
