import { EVENT_KIND_LABELS } from '../../domain/contract/event-model';
import type { Promotion } from '../../domain/rules/event-seats';
import { eventTimeText } from '../../domain/rules/event-window';
import { notify } from '../lib/notify';
import { openidOfRegistration, type EventDoc } from './repos/docs';

/**
 * Tells each promoted member, after the commit: always in their in-app messages, and by
 * subscription message when they have quota. The dedupe key (registration + the event's promotion
 * sequence number) makes a retried call a no-op, while a later second promotion still notifies.
 * A failed notification never undoes the promotion: it is logged and the place stays theirs.
 */
export async function notifyPromotions(event: Pick<EventDoc, '_id' | 'title' | 'kind' | 'place' | 'startsAt'>, promoted: Promotion[]): Promise<void> {
  const when = eventTimeText(new Date(event.startsAt).getTime());
  await Promise.all(
    promoted.map((p) =>
      notify({
        openid: openidOfRegistration(p.id),
        kind: 'waitlist_promoted',
        title: '候补转正通知',
        body: `您报名的${EVENT_KIND_LABELS[event.kind]}活动“${event.title}”已由候补转为正式名额。活动时间：${when}，地点：${event.place}。`,
        page: `pages/event-detail/index?id=${event._id}`,
        fields: [event.title, '已转正', `${when} ${event.place}`],
        dedupeKey: `wp_${p.id}_${p.seq}`,
      }).catch((err: unknown) => {
        console.error(`[event] promotion notice for ${p.id} failed`, err);
      }),
    ),
  );
}
