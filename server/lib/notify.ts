import { TEMPLATES, type MessageKind } from '../../domain/templates';
import { thingValue } from '../../domain/rules/notice-delivery';
import { cloud } from './cloud';
import { collection } from './collection';
import { addOnce } from './db-errors';
import { giveBackQuota, takeQuota } from './subscriptions';

/** One message to one member: always in-app; also a WeChat subscription message when they have quota. */
export interface Notification {
  openid: string;
  kind: MessageKind;
  title: string;
  body: string;
  /** Mini-program page the message opens, made by messagePage (domain/routes.ts). */
  page: string;
  /** Template field values, in TEMPLATES[kind].keys order (truncated to WeChat's limits here). */
  fields: string[];
  /** Deterministic id makes a retried notification a no-op (e.g. `promo_${registrationId}`). */
  dedupeKey: string;
}

export type PushOutcome = 'sent' | 'no_quota' | 'refused' | 'error' | 'duplicate';

/** WeChat's answer when the member's accept is used up or was never given. */
export const ERR_NO_SUBSCRIPTION = 43101;

/** Subscription-message field limits: thing ≤ 20 chars, phrase ≤ 5, time as given; never empty (47003). */
function fieldValue(key: string, value: string): { value: string } {
  if (key.startsWith('thing')) return { value: thingValue(value) || '-' };
  if (key.startsWith('phrase')) return { value: [...value.trim()].slice(0, 5).join('') || '-' };
  return { value: value.trim() || '-' };
}

/**
 * Records the in-app message (idempotent by dedupeKey) and pushes the subscription message if the
 * member has quota. Quota is taken before sending, and given back only if WeChat says it was not
 * used, so a retry never double-spends it.
 */
export async function notify(n: Notification): Promise<PushOutcome> {
  if (!(await recordMessage(n))) return 'duplicate';
  return pushSubscription(n);
}

/** The in-app half alone: adds the message under `m_${dedupeKey}`; false if it was there already. */
export async function recordMessage(n: Omit<Notification, 'kind' | 'fields'> & { kind: string }): Promise<boolean> {
  const messageId = `m_${n.dedupeKey}`.slice(0, 128);
  return addOnce(() =>
    collection('messages').add({
      data: {
        _id: messageId,
        openid: n.openid,
        kind: n.kind,
        title: n.title,
        body: n.body,
        page: n.page,
        read: false,
        createdAt: new Date(),
      },
    }),
  );
}

export interface PushResult {
  outcome: Exclude<PushOutcome, 'duplicate'>;
  /** WeChat's errCode when the send failed. */
  errCode?: number;
}

/** pushSubscription with WeChat's error code kept, for callers that record each delivery. */
export async function pushSubscriptionDetailed(n: Omit<Notification, 'dedupeKey' | 'body'>): Promise<PushResult> {
  if (!(await takeQuota(n.openid, n.kind))) return { outcome: 'no_quota' };
  const spec = TEMPLATES[n.kind];
  const data: Record<string, { value: string }> = {};
  spec.keys.forEach((key, i) => (data[key] = fieldValue(key, n.fields[i] ?? '')));
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: n.openid,
      templateId: spec.templateId,
      page: n.page,
      data,
      miniprogramState: 'formal',
    });
    return { outcome: 'sent' };
  } catch (err) {
    const errCode = Number((err as { errCode?: unknown }).errCode ?? -1);
    // 43101: the member's accept is gone on WeChat's side; our count was stale, keep it spent.
    // Only a new accept (recordSubscriptions) restores it.
    if (errCode === ERR_NO_SUBSCRIPTION) return { outcome: 'refused', errCode };
    await giveBackQuota(n.openid, n.kind);
    console.error(`[notify] subscribeMessage.send ${n.kind} failed`, errCode, (err as Error)?.message);
    return { outcome: 'error', errCode };
  }
}

export async function pushSubscription(n: Omit<Notification, 'dedupeKey' | 'body'>): Promise<PushOutcome> {
  return (await pushSubscriptionDetailed(n)).outcome;
}
