import type { Handler } from '../../lib/dispatch';
import type { memberContract } from '../../../domain/contract/member';
import { papersForHome } from '../../home/quiz';
import { eventsForHome } from '../../home/event';
import { noticesForHome } from '../../home/notice';
import { countUnread } from '../../lib/messages';
import { toSelfView, trailOf } from '../views';

/**
 * The home page in one call. Each area's part runs in parallel (≤ 2 requests each); ours adds only
 * the unread-message count, because unit names are stored on the member.
 */
export const getHome: Handler<typeof memberContract.getHome> = async (_input, ctx) => {
  const m = ctx.member;
  if (!m) return { state: 'unregistered' };
  if (m.status !== 'verified') return { state: m.status, member: toSelfView(m) };
  const [papers, events, notices, unreadMessages] = await Promise.all([
    papersForHome(m, ctx.now),
    eventsForHome(m, ctx.now),
    noticesForHome(m, ctx.now),
    countUnread(m._id),
  ]);
  const trail = trailOf(m);
  return {
    state: 'member',
    home: {
      name: m.name,
      unitName: trail[trail.length - 1] ?? '',
      role: m.role,
      papers,
      events,
      notices,
      unreadMessages,
    },
    largeText: m.largeText ?? false,
  };
};
