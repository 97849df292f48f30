import { EVENT_KIND_LABELS } from '../../domain/contract/event-model';
import { eventTimeText } from '../../domain/rules/event-window';
import { notify } from '../lib/notify';
import type { EventDoc, RegistrationDoc } from './repos/docs';

/**
 * Tells the applicant the review result, after the commit: in-app always, by subscription message
 * when they have quota. Keyed by the review's time, so a retried call sends nothing twice. A failed
 * notification never undoes the decision: it is logged.
 */
export async function notifyReview(event: EventDoc, reg: RegistrationDoc, at: Date): Promise<void> {
  const label = EVENT_KIND_LABELS[event.kind];
  const when = eventTimeText(new Date(event.startsAt).getTime());
  const approved = reg.state === 'confirmed' || reg.state === 'waitlisted';
  const body = approved
    ? reg.state === 'confirmed'
      ? `您申请的${label}“${event.title}”已审核通过。活动时间：${when}，地点：${event.place}。到场时请出示“我的报名”中的签到码。`
      : `您申请的${label}“${event.title}”已审核通过，目前名额已满，您在候补中，有名额时会按顺序自动转正。`
    : `您申请的${label}“${event.title}”未通过审核。原因：${reg.reason ?? ''}。如有疑问请联系本单位工会。`;
  await notify({
    openid: reg.openid,
    kind: 'review_result',
    title: '审核结果通知',
    body,
    page: `pages/event-detail/index?id=${event._id}`,
    fields: [event.title, approved ? (reg.state === 'confirmed' ? '已通过' : '通过候补') : '未通过', approved ? `${when} ${event.place}` : (reg.reason ?? '')],
    dedupeKey: `rv_${reg._id}_${at.getTime()}`,
  }).catch((err: unknown) => {
    console.error(`[eventAdmin] review notice for ${reg._id} failed`, err);
  });
}
