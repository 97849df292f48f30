import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { canManageUnit, managedRoot } from '../../../domain/rules/authority';
import { pageWorkedEvents } from '../repos/admin-events';
import { loadUnits } from '../../member/repos/units';
import { toManagedEvent } from '../admin-views';

/**
 * Events to review, check in and export: those run in my subtree, and those run above me that are
 * aimed at my unit, an ancestor or a descendant (admins: all). Member + units + page + count.
 */
export const listEvents: Handler<typeof eventAdminContract.listEvents> = async ({ page, pageSize }, ctx) => {
  const member = ctx.member;
  const root = managedRoot(member);
  let audience: string[] = [];
  if (root) {
    const units = await loadUnits();
    audience = [...new Set([...member.unitPath, ...units.filter((u) => u.path.includes(root)).map((u) => u._id)])];
  }
  const { items, total } = await pageWorkedEvents(root, audience, (page - 1) * pageSize, pageSize);
  return {
    items: items.map((e) => toManagedEvent(e, canManageUnit(member, e.ownerUnitPath) ? 'event' : 'unit')),
    total,
    page,
    pageSize,
  };
};
