import type { Handler } from '../../lib/dispatch';
import type { eventAdminContract } from '../../../domain/contract/event-admin';
import { managedRoot } from '../../../domain/rules/authority';
import { pagePendingApplications } from '../repos/admin-queue';
import { findEventsByIds } from '../repos/events';
import { tempUrls } from '../../lib/storage';
import { imageAnswers, toReviewItem } from '../admin-views';

/** Proof links last long enough to read a page of applications. */
export const PROOF_URL_SECONDS = 30 * 60;

/**
 * Applications of members in my subtree (admins: all) awaiting review, oldest first, with proof
 * images as temporary links. Member + page + count (parallel) + events; links need no database.
 */
export const listReviewQueue: Handler<typeof eventAdminContract.listReviewQueue> = async (
  { page, pageSize, eventId },
  ctx,
) => {
  const member = ctx.member;
  const { items, total } = await pagePendingApplications(managedRoot(member), eventId, (page - 1) * pageSize, pageSize);
  const [events, urls] = await Promise.all([
    findEventsByIds([...new Set(items.map((r) => r.eventId))]),
    tempUrls(
      items.flatMap((r) => imageAnswers(r.answers ?? [], r.openid).map((a) => String(a.value))),
      PROOF_URL_SECONDS,
    ),
  ]);
  const byId = new Map(events.map((e) => [e._id, e]));
  return { items: items.map((r) => toReviewItem(r, byId.get(r.eventId), urls)), total, page, pageSize };
};
