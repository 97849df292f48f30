import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { requireMember } from '../../lib/context';
import { changeEventAtomically } from '../change';
import { listUnits } from '../../member/repos/units';
import { assertManages } from '../authority';
import { checkDraftUnits, checkEditable, draftFields } from '../draft';
import { notifyPromotions } from '../promotions';
import { toAdminEvent } from '../views';

/** More places or waitlist room promote whoever now fits, in the same transaction. */
export const update: Handler<typeof eventContract.update> = async ({ eventId, draft }, ctx) => {
  const member = requireMember(ctx);
  const units = await listUnits();
  const next = draftFields(draft);
  const out = await changeEventAtomically(eventId, ctx.now, (event) => {
    assertManages(member, event);
    checkDraftUnits(draft, member, units);
    checkEditable(event, next);
    return next;
  });
  await notifyPromotions(out.event, out.promoted);
  return toAdminEvent(out.event, ctx.now);
};
