import { mustManageEvent } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { changeEvent } from '../change';
import { loadUnits } from '../../member/repos/units';
import { checkDraftUnits, checkEditable, draftFields } from '../draft';
import { kickNotices } from '../notices';
import { toAdminEvent } from '../views';

/** More places or waitlist room promote whoever now fits, right after the change. */
export const update: Handler<typeof eventContract.update> = async ({ eventId, draft }, ctx) => {
  const member = ctx.member;
  const units = await loadUnits();
  const next = draftFields(draft);
  const out = await changeEvent(eventId, ctx.now, (event) => {
    mustManageEvent(member, event);
    checkDraftUnits(draft, member, units);
    checkEditable(event, next);
    return next;
  });
  await kickNotices(out.promoted.map((w) => w._id));
  return toAdminEvent(out.event, ctx.now);
};
