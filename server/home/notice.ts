import type { HomeNotice } from '../../domain/contract/home';
import { LIST_PAGE } from '../notice/repos/notices';
import { listVisibleWithRead } from '../notice/repos/home-notices';
import type { HomePart } from './types';

/** How many notices the home card lists. */
const HOME_ITEMS = 5;

/**
 * Latest notices aimed at the member (pinned first) and how many are unread, counted over the same
 * window as the first page of the notice list, so both show the same number. One request: the
 * notices with the member's read receipts joined in.
 */
export const noticesForHome: HomePart<{ unread: number; items: HomeNotice[] }> = async (member, now) => {
  const window = await listVisibleWithRead(member, now, LIST_PAGE);
  const items = window.map((n): HomeNotice => ({
    id: n._id,
    title: n.title,
    category: n.category,
    pinned: n.pinned,
    publishedAt: n.publishAt ? new Date(n.publishAt).getTime() : 0,
    read: n.read.length > 0,
  }));
  return { unread: items.filter((i) => !i.read).length, items: items.slice(0, HOME_ITEMS) };
};
