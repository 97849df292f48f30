import { mustManageEvent } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { changeEvent } from '../change';
import { toAdminEvent } from '../views';

/** Sign-up stops for good; registrations and their codes stay valid. Closing twice is a no-op. */
export const close: Handler<typeof eventContract.close> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const out = await changeEvent(eventId, ctx.now, (event) => {
    mustManageEvent(member, event);
    return event.status === 'closed' ? {} : { status: 'closed', closedAt: ctx.now };
  });
  return toAdminEvent(out.event, ctx.now);
};
