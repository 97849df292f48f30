import { mustManageEvent } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { changeEvent } from '../change';
import { toAdminEvent } from '../views';

/** Draft → published; publishing again is a no-op, a closed event stays closed. */
export const publish: Handler<typeof eventContract.publish> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const out = await changeEvent(eventId, ctx.now, (event) => {
    mustManageEvent(member, event);
    if (event.status === 'published') return {};
    if (event.status === 'closed') throw new AppError('CONFLICT', '活动已关闭，不能再发布');
    if (new Date(event.endsAt).getTime() <= ctx.now.getTime())
      throw new AppError('BAD_REQUEST', '活动结束时间已过，请先修改时间');
    return { status: 'published', publishedAt: ctx.now };
  });
  return toAdminEvent(out.event, ctx.now);
};
