import { TEMPLATES, type MessageKind } from '../../domain/templates';
import { cloud } from './cloud';
import { collection, command } from './collection';
import { row } from './results';

/** One message to one member: always in-app; also a WeChat subscription message when they have quota. */
export interface Notification {
  openid: string;
  kind: MessageKind;
  title: string;
  body: string;
  /** Mini-program page the message opens, e.g. `pages/event-detail/index?id=e1`. */
  page: string;
  /** Template field values, in TEMPLATES[kind].keys order (truncated to WeChat's limits here). */
  fields: string[];
  /** Deterministic id makes a retried notification a no-op (e.g. `promo_${registrationId}`). */
  dedupeKey: string;
}

export type PushOutcome = 'sent' | 'no_quota' | 'refused' | 'error' | 'duplicate';

/** Subscription-message field limits: thing ≤ 20 chars, phrase ≤ 5, time as given. */
function fieldValue(key: string, value: string): { value: string } {
  if (key.startsWith('thing')) return { value: value.slice(0, 20) || '-' };
  if (key.startsWith('phrase')) return { value: value.slice(0, 5) || '-' };
  return { value: value || '-' };
}

/**
 * Records the in-app message (idempotent by dedupeKey) and pushes the subscription message if the
 * member has quota. Quota is taken before sending, and given back only if WeChat says it was not
 * used, so a retry never double-spends it.
 */
export async function notify(n: Notification): Promise<PushOutcome> {
  const messageId = `m_${n.dedupeKey}`.slice(0, 64);
  try {
    await collection('messages').add({
      data: { _id: messageId, openid: n.openid, kind: n.kind, title: n.title, body: n.body, page: n.page, read: false, createdAt: new Date() },
    });
  } catch {
    return 'duplicate';
  }
  return pushSubscription(n);
}

/** Takes one unit of the member's recorded quota for the template; false if none left. */
export async function takeQuota(openid: string, kind: MessageKind): Promise<boolean> {
  const _ = command();
  const res = await collection('subscriptions')
    .where({ _id: `${openid}_${kind}`, count: _.gt(0) })
    .update({ data: { count: _.inc(-1), updatedAt: new Date() } });
  return (res as { stats: { updated: number } }).stats.updated === 1;
}

export async function giveBackQuota(openid: string, kind: MessageKind): Promise<void> {
  await collection('subscriptions').doc(`${openid}_${kind}`).update({ data: { count: command().inc(1) } });
}

export async function quotaOf(openid: string, kind: MessageKind): Promise<number> {
  const doc = row<{ count: number }>(await collection('subscriptions').doc(`${openid}_${kind}`).get());
  return doc?.count ?? 0;
}

export async function pushSubscription(n: Omit<Notification, 'dedupeKey' | 'body'>): Promise<PushOutcome> {
  if (!(await takeQuota(n.openid, n.kind))) return 'no_quota';
  const spec = TEMPLATES[n.kind];
  const data: Record<string, { value: string }> = {};
  spec.keys.forEach((key, i) => (data[key] = fieldValue(key, n.fields[i] ?? '')));
  try {
    await cloud.openapi.subscribeMessage.send({ touser: n.openid, templateId: spec.templateId, page: n.page, data, miniprogramState: 'formal' });
    return 'sent';
  } catch (err) {
    const code = (err as { errCode?: number }).errCode;
    // 43101: the member's accept is gone on WeChat's side; our count was stale, keep it spent.
    if (code === 43101) return 'refused';
    await giveBackQuota(n.openid, n.kind);
    return 'error';
  }
}
