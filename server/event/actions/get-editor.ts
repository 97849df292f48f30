import { mustManageEvent } from '../authority';
import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { AppError } from '../../../domain/errors';
import { canManageUnit } from '../../../domain/rules/authority';
import { findEvent } from '../repos/events';
import { loadUnits } from '../../member/repos/units';
import { toAdminEvent } from '../views';

/** The editor in one call: the event being edited (if any) and the units this organizer may aim at. */
export const getEditor: Handler<typeof eventContract.getEditor> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const [units, event] = await Promise.all([loadUnits(), eventId ? findEvent(eventId) : Promise.resolve(null)]);
  if (eventId && !event) throw new AppError('NOT_FOUND', '活动不存在');
  if (event) mustManageEvent(member, event);
  const actor = { role: member.role, unitId: member.unitId };
  return {
    event: event ? toAdminEvent(event, ctx.now) : null,
    units: units
      .filter((u) => !u.retired && canManageUnit(actor, u.path))
      .sort((a, b) => a.path.join('/').localeCompare(b.path.join('/')))
      .map((u) => ({ id: u._id, name: u.name, level: u.level, parentId: u.parentId })),
  };
};
