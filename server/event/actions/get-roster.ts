import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { AppError } from '../../../domain/errors';
import { countByUnit, pageRoster } from '../repos/admin-roster';
import { findEvent } from '../repos/events';
import { loadUnits } from '../../member/repos/units';
import { accessTo, assertUnitWithin } from '../authority';
import { rollUp, totalFor } from '../roster/counts';
import { toRosterEvent, toRosterRow } from '../admin-views';
import { linePositions } from '../repos/waitlist';

/**
 * One page of an event's registrations (optionally one unit's subtree, one state), and counts per
 * unit rolled up the tree. Member, event + units (parallel), aggregate + page (parallel): the
 * total comes from the counts, so no count request.
 */
export const getRoster: Handler<typeof eventAdminContract.getRoster> = async (
  { eventId, filter, unitId, page, pageSize },
  ctx,
) => {
  const member = ctx.member;
  const [event, units] = await Promise.all([findEvent(eventId), loadUnits()]);
  if (!event) throw new AppError('NOT_FOUND', '活动不存在');
  const access = await accessTo(member, event, async () => units);
  if (unitId) assertUnitWithin(access, units, unitId);

  const [leaves, regs, line] = await Promise.all([
    countByUnit({ eventId, underUnit: access.underUnit }),
    pageRoster({ eventId, underUnit: unitId ?? access.underUnit }, filter, (page - 1) * pageSize, pageSize),
    // Places in line are counts over the whole event's line, not the page.
    linePositions(eventId),
  ]);
  return {
    event: toRosterEvent(event),
    scope: access.scope,
    unitId: unitId ?? null,
    filter,
    units: rollUp(leaves, units, access.underUnit),
    items: regs.map((r) => toRosterRow(r, line)),
    total: totalFor(leaves, filter, unitId ?? null),
    page,
    pageSize,
  };
};
