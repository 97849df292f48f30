import type { trainingContract } from '../../../domain/contract/training';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { pageShared } from '../repos/essays';
import { essayCard } from '../views';

/**
 * 工作交流: accepted 心得 from my unit and below whose authors agreed to share them, newest first.
 * Member, page and count (3 requests).
 */
export const listSharedEssays: Handler<typeof trainingContract.listSharedEssays> = async ({ page, pageSize }, ctx) => {
  const { items, total } = await pageShared(ctx.member.unitId, (page - 1) * pageSize, pageSize);
  return {
    items: items.map((e) => ({
      ...essayCard(e),
      acceptedAt: ms(e.reviewedAt ?? e.submittedAt),
    })),
    total,
    page,
    pageSize,
  };
};
