import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { managedRoot } from '../../../domain/rules/authority';
import { listOwnedEvents } from '../repos/events';
import { toAdminItem } from '../views';

export const listManaged: Handler<typeof eventContract.listManaged> = async ({ page, pageSize, status }, ctx) => {
  const member = ctx.member;
  const root = managedRoot({ role: member.role, unitId: member.unitId });
  const { items, total } = await listOwnedEvents(root, status, (page - 1) * pageSize, pageSize);
  return { items: items.map((e) => toAdminItem(e, ctx.now)), total, page, pageSize };
};
