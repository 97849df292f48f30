import type { noticeContract } from '../../../domain/contract/notice';
import { maskPhone } from '../../../domain/rules/masking';
import type { Handler } from '../../lib/dispatch';
import { loadUnits } from '../../member/repos/units';
import { loadManaged } from '../manage';
import { unreadOf } from '../unread';

export const listUnreadMembers: Handler<typeof noticeContract.listUnreadMembers> = async (
  { id, page, pageSize },
  ctx,
) => {
  const { notice } = await loadManaged(id, ctx);
  const [unread, units] = await Promise.all([unreadOf(notice), loadUnits()]);
  const unitName = new Map(units.map((u) => [u._id, u.name]));
  // By unit, then name: how an organizer walks down a list to phone people.
  unread.sort((a, b) => a.unitId.localeCompare(b.unitId) || a.name.localeCompare(b.name, 'zh-CN'));
  const items = unread.slice((page - 1) * pageSize, page * pageSize).map((m) => ({
    name: m.name,
    unitName: unitName.get(m.unitId) ?? '',
    phone: maskPhone(m.phone ?? ''),
  }));
  return { items, total: unread.length, page, pageSize };
};
