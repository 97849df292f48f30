import { EVENT_KIND_LABELS, type EventDraft } from '@domain/contract/event-model';
import { eventSpanText, eventTimeText } from '@domain/rules/event-window';

/** What the publish confirmation shows: the facts members will see, as they are on screen now. */
export function publishSummary(d: EventDraft): string {
  const places =
    d.capacity === null ? '不限名额' : `${d.capacity}个名额${d.waitlistSize > 0 ? `，候补${d.waitlistSize}人` : ''}`;
  return [
    `【${EVENT_KIND_LABELS[d.kind]}】${d.title}`,
    `时间：${eventSpanText(d.startsAt, d.endsAt)}`,
    `地点：${d.place}`,
    `报名：${eventTimeText(d.signupOpensAt)} 至 ${eventTimeText(d.signupClosesAt)}`,
    places + (d.needsReview ? '，需审核' : ''),
    '发布后面向的职工即可看到并报名。',
  ].join('\n');
}
