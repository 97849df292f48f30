import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { requireMember } from '../../lib/context';
import { changeEventAtomically } from '../change';
import { assertManages } from '../authority';
import { toAdminEvent } from '../views';

/** Sign-up stops for good; registrations and their codes stay valid. Closing twice is a no-op. */
export const close: Handler<typeof eventContract.close> = async ({ eventId }, ctx) => {
  const member = requireMember(ctx);
  const out = await changeEventAtomically(eventId, ctx.now, (event) => {
    assertManages(member, event);
    return event.status === 'closed' ? {} : { status: 'closed', closedAt: ctx.now };
  });
  return toAdminEvent(out.event, ctx.now);
};
