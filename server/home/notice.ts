import type { HomeNotice } from '../../domain/contract/home';
import { LIST_PAGE, listVisible } from '../notice/repos/notices';
import { readAmong } from '../notice/repos/reads';
import type { HomePart } from './types';

/** How many notices the home card lists. */
const HOME_ITEMS = 5;

/**
 * Latest notices aimed at the member (pinned first) and how many are unread, counted over the same
 * window as the first page of the notice list, so both show the same number. 2 requests (1 if none).
 */
export const noticesForHome: HomePart<{ unread: number; items: HomeNotice[] }> = async (member, now) => {
  const window = await listVisible(member, now, 0, LIST_PAGE);
  const read = await readAmong(
    member._id,
    window.map((n) => n._id),
  );
  const items = window.map((n): HomeNotice => ({
    id: n._id,
    title: n.title,
    category: n.category,
    pinned: n.pinned,
    publishedAt: n.publishAt ? new Date(n.publishAt).getTime() : 0,
    read: read.has(n._id),
  }));
  return { unread: items.filter((i) => !i.read).length, items: items.slice(0, HOME_ITEMS) };
};
