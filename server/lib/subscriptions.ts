import { MESSAGE_KINDS, type MessageKind } from '../../domain/templates';
import { collection, command } from './collection';
import { row, rows, updatedOf } from './results';
import { isDuplicateKey } from './db-errors';

/**
 * Subscription-message quota as we record it: `${openid}_${kind}` → count. Each accept the member
 * reports adds one; each send takes one first (WeChat's one-time rule). Our count can only be higher
 * than WeChat's, never lower, so a send we attempt may still get 43101, which the caller records.
 */
export interface SubscriptionDoc {
  _id: string;
  openid: string;
  kind: MessageKind;
  count: number;
  updatedAt: Date;
}

const subs = () => collection('subscriptions');
export const subscriptionId = (openid: string, kind: MessageKind) => `${openid}_${kind}`;

/** Every kind's quota for one member (one request). */
export async function quotasOf(openid: string): Promise<Record<MessageKind, number>> {
  const found = rows<SubscriptionDoc>(await subs().where({ openid }).limit(50).get());
  const out = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, 0])) as Record<MessageKind, number>;
  for (const s of found) if (s.kind in out) out[s.kind] = Math.max(0, s.count);
  return out;
}

export async function quotaOf(openid: string, kind: MessageKind): Promise<number> {
  const doc = row<SubscriptionDoc>(await subs().doc(subscriptionId(openid, kind)).get());
  return Math.max(0, doc?.count ?? 0);
}

/**
 * One more send of `kind` for the member: increment (up to `cap`), or create the record on their
 * first accept. At the cap nothing changes.
 */
export async function addQuota(openid: string, kind: MessageKind, now: Date, cap = Infinity): Promise<void> {
  const id = subscriptionId(openid, kind);
  for (let attempt = 0; attempt < 3; attempt++) {
    const below = Number.isFinite(cap) ? { count: command().lt(cap) } : {};
    if (
      updatedOf(
        await subs()
          .where({ _id: id, ...below })
          .update({ data: { count: command().inc(1), updatedAt: now } }),
      ) === 1
    )
      return;
    if (Number.isFinite(cap) && row<SubscriptionDoc>(await subs().doc(id).get())) return;
    try {
      await subs().add({ data: { _id: id, openid, kind, count: 1, updatedAt: now } satisfies SubscriptionDoc });
      return;
    } catch (err) {
      // Two accepts raced to create it: the other one won, so increment instead.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new Error(`could not record the subscription ${id}`);
}

/** Of these members, those with at least one `kind` send left (one request per ≤ 500). */
export async function withQuota(openids: string[], kind: MessageKind): Promise<Set<string>> {
  const out = new Set<string>();
  const _ = command();
  for (let i = 0; i < openids.length; i += 500) {
    const ids = openids.slice(i, i + 500).map((o) => subscriptionId(o, kind));
    const found = rows<{ openid: string }>(
      await subs()
        .where({ _id: _.in(ids), count: _.gt(0) })
        .limit(ids.length)
        .field({ openid: true })
        .get(),
    );
    for (const s of found) out.add(s.openid);
  }
  return out;
}

/** Takes one send of the member's quota; false if none was left. */
export async function takeQuota(openid: string, kind: MessageKind, now: Date = new Date()): Promise<boolean> {
  const _ = command();
  const res = await subs()
    .where({ _id: subscriptionId(openid, kind), count: _.gt(0) })
    .update({ data: { count: _.inc(-1), updatedAt: now } });
  return updatedOf(res) === 1;
}

export async function giveBackQuota(openid: string, kind: MessageKind): Promise<void> {
  await subs()
    .doc(subscriptionId(openid, kind))
    .update({ data: { count: command().inc(1) } });
}
