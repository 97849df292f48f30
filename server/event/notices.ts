/**
 * What registrations promise their members (promotion, review result, removal), rendered from the
 * intent and the event as it is when sent, and delivered through the outbox (server/lib/outbox.ts).
 *
 * Who sends: the call that made the promise, by a chained call to `event.deliverNotices` (awaited
 * briefly, so the member is usually told before the call answers, without its requests counting
 * against the call); then anyone who reads the registration or sweeps the event: the member's own
 * reads, organizers' lists, the recount after a quiet spell. Sending twice is harmless.
 */
import { EVENT_KIND_LABELS } from '../../domain/contract/event-model';
import { eventTimeText } from '../../domain/rules/event-window';
import { chain } from '../lib/chain';
import { deliverIntent, pendingIntents, type Message, type StoredIntent } from '../lib/outbox';
import type { EventDoc, EventIntent, RegistrationDoc } from './repos/docs';
import { findEvent, findEventsByIds } from './repos/events';
import { findRegistrations, withPendingNotices } from './repos/registrations';
import { messagePage } from '../../domain/routes';

/** As many registrations as one deliverNotices call takes. */
const KICK_BATCH = 100;

type NoticeEvent = Pick<EventDoc, '_id' | 'title' | 'kind' | 'place' | 'startsAt'>;

export function render(
  event: NoticeEvent,
  reg: Pick<RegistrationDoc, 'openid' | 'eventId'>,
  intent: EventIntent,
): Message {
  const label = EVENT_KIND_LABELS[event.kind];
  const when = eventTimeText(new Date(event.startsAt).getTime());
  const page = messagePage('eventDetail', { id: event._id });
  if (intent.type === 'promoted') {
    return {
      openid: reg.openid,
      push: 'waitlist_promoted',
      kind: 'waitlist_promoted',
      title: '候补转正通知',
      body: `您报名的${label}活动“${event.title}”已由候补转为正式名额。活动时间：${when}，地点：${event.place}。`,
      page,
      fields: [event.title, '已转正', `${when} ${event.place}`],
    };
  }
  if (intent.type === 'removed') {
    return {
      openid: reg.openid,
      push: null,
      kind: 'registration_removed',
      title: '报名已被移除',
      body: `您报名的${label}活动“${event.title}”已被组织者移除。原因：${intent.reason ?? ''}。如有疑问请联系本单位工会。`,
      page,
      fields: [],
    };
  }
  const approved = intent.decision !== 'rejected';
  const body = !approved
    ? `您申请的${label}“${event.title}”未通过审核。原因：${intent.reason ?? ''}。如有疑问请联系本单位工会。`
    : intent.decision === 'confirmed'
      ? `您申请的${label}“${event.title}”已审核通过。活动时间：${when}，地点：${event.place}。到场时请出示“我的报名”中的签到码。`
      : `您申请的${label}“${event.title}”已审核通过，目前名额已满，您在候补中，有名额时会按顺序自动转正。`;
  return {
    openid: reg.openid,
    push: 'review_result',
    kind: 'review_result',
    title: '审核结果通知',
    body,
    page,
    fields: [
      event.title,
      approved ? (intent.decision === 'confirmed' ? '已通过' : '通过候补') : '未通过',
      approved ? `${when} ${event.place}` : (intent.reason ?? ''),
    ],
  };
}

/** Delivers whatever this registration still owes its member. Never throws: a failure waits for the next sender. */
export async function deliverFor(reg: RegistrationDoc, event: NoticeEvent | null, now: Date): Promise<void> {
  const pending = pendingIntents<EventIntent>(reg);
  if (!pending.length) return;
  try {
    const ev = event ?? (await findEvent(reg.eventId));
    if (!ev) return;
    for (const [key, intent] of pending) {
      await deliverIntent(
        'registrations',
        reg._id,
        key,
        intent as StoredIntent<EventIntent>,
        render(ev, reg, intent),
        now,
      );
    }
  } catch (err) {
    console.error(`[event] notices for ${reg._id} not delivered yet`, err);
  }
}

/** The chained sender: these registrations, or every registration of an event with notices due. */
export async function deliverNotices(
  input: { registrationIds?: string[]; eventId?: string },
  now: Date,
): Promise<{ delivered: number }> {
  const regs = input.eventId
    ? await withPendingNotices(input.eventId, 100)
    : await findRegistrations(input.registrationIds ?? []);
  const due = regs.filter((r) => (r.outboxDue ?? 0) > 0);
  const events = new Map((await findEventsByIds([...new Set(due.map((r) => r.eventId))])).map((e) => [e._id, e]));
  await Promise.all(due.map((r) => deliverFor(r, events.get(r.eventId) ?? null, now)));
  return { delivered: due.length };
}

/**
 * Asks the event function to deliver these registrations' notices, and waits a little for it. The
 * promise is already written: if this call is lost, the next reader or sweep sends it.
 */
export async function kickNotices(registrationIds: string[]): Promise<void> {
  const calls: Promise<void>[] = [];
  for (let i = 0; i < registrationIds.length; i += KICK_BATCH)
    calls.push(
      chain('event', 'deliverNotices', { registrationIds: registrationIds.slice(i, i + KICK_BATCH) }, 'delivery'),
    );
  await Promise.all(calls);
}
