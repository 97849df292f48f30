/**
 * Durable notifications (an outbox). Whatever the product promises to tell a member (a promotion, a
 * review result, a removal, an approval) is written as an intent on the document whose change
 * causes it, in the same single-document update as the change: the change and the promise commit
 * together or not at all, whatever crashes after. A sender then delivers it, and any number of
 * senders may try at once or again later (a chained call right after the change, the member's or an
 * organizer's next read, a timer where there is one):
 *
 *   1. the in-app message, under the intent's key (adding it twice is a no-op);
 *   2. the push, claimed by moving the intent `due → pushing` (one sender wins);
 *   3. WeChat's answer recorded: sent, no_quota, refused (43101, final); a passing error puts the
 *      intent back to `due` for the next sender, until MAX_TRIES.
 *
 * A sender that dies between 2 and 3 leaves `pushing`: after LOST_AFTER_MS it is marked `lost`
 * rather than pushed again, because a member told twice is worse than one subscription message
 * lost (the in-app message is there either way).
 */
import type { CollectionName } from '../../domain/collections';
import type { MessageKind } from '../../domain/templates';
import { collection, command } from './collection';
import { pushSubscriptionDetailed, recordMessage } from './notify';
import { updatedOf } from './results';

export type IntentState = 'due' | 'pushing' | 'sent' | 'no_quota' | 'refused' | 'failed' | 'lost' | 'in_app';

export interface IntentMeta {
  state: IntentState;
  createdAt: Date;
  tries: number;
  pushedAt?: Date | null;
  errCode?: number | null;
  doneAt?: Date | null;
}

export type StoredIntent<T> = T & IntentMeta;

/** A document that carries intents: `outbox.<key>`, and how many are still due (indexed). */
export interface WithOutbox<T> {
  outbox?: Record<string, StoredIntent<T>>;
  outboxDue?: number;
}

/** What the member is told. `push: null` = in-app only (no subscription template fits). */
export interface Message {
  openid: string;
  push: MessageKind | null;
  /** The in-app message's kind (the template's kind when there is one). */
  kind: string;
  title: string;
  body: string;
  page: string;
  fields: string[];
}

const MAX_TRIES = 5;
const LOST_AFTER_MS = 60_000;

/** Update fields that record a new intent: put them in the same update as the change. */
export function intentFields(key: string, intent: object, now: Date): Record<string, unknown> {
  const _ = command();
  const stored: IntentMeta = { state: 'due', createdAt: now, tries: 0, pushedAt: null, errCode: null, doneAt: null };
  return { [`outbox.${key}`]: _.set({ ...intent, ...stored }), outboxDue: _.inc(1) };
}

/** The intents of a document still to deliver (or stuck mid-push), oldest first. */
export function pendingIntents<T>(doc: WithOutbox<T>): [string, StoredIntent<T>][] {
  if (!doc.outboxDue || !doc.outbox) return [];
  return Object.entries(doc.outbox)
    .filter(([, i]) => i.state === 'due' || i.state === 'pushing')
    .sort((a, b) => new Date(a[1].createdAt).getTime() - new Date(b[1].createdAt).getTime());
}

/** Delivers one intent of `collection/docId` (see the module comment). Returns where it stands. */
export async function deliverIntent(
  name: CollectionName,
  docId: string,
  key: string,
  intent: IntentMeta,
  message: Message,
  now: Date,
): Promise<IntentState | 'taken'> {
  const _ = command();
  const f = (x: string) => `outbox.${key}.${x}`;
  const finish = async (
    from: IntentState,
    state: IntentState,
    errCode: number | null = null,
  ): Promise<IntentState | 'taken'> => {
    const again = state === 'due';
    const res = await collection(name)
      .where({ _id: docId, [f('state')]: from })
      .update({
        data: {
          [f('state')]: state,
          [f('errCode')]: errCode,
          [f('doneAt')]: again ? null : now,
          outboxDue: _.inc(again ? 0 : -1),
        },
      });
    return updatedOf(res) === 1 ? state : 'taken';
  };

  if (intent.state === 'pushing') {
    const since = intent.pushedAt ? new Date(intent.pushedAt).getTime() : 0;
    return now.getTime() - since > LOST_AFTER_MS ? finish('pushing', 'lost') : 'pushing';
  }
  if (intent.state !== 'due') return intent.state;

  await recordMessage({
    openid: message.openid,
    kind: message.kind,
    title: message.title,
    body: message.body,
    page: message.page,
    dedupeKey: key,
  });
  if (!message.push) return finish('due', 'in_app');

  const claimed = await collection(name)
    .where({ _id: docId, [f('state')]: 'due' })
    .update({ data: { [f('state')]: 'pushing', [f('pushedAt')]: now, [f('tries')]: _.inc(1) } });
  if (updatedOf(claimed) !== 1) return 'taken';

  const pushed = await pushSubscriptionDetailed({
    openid: message.openid,
    kind: message.push,
    title: message.title,
    page: message.page,
    fields: message.fields,
  });
  if (pushed.outcome === 'error')
    return finish('pushing', intent.tries + 1 >= MAX_TRIES ? 'failed' : 'due', pushed.errCode ?? null);
  return finish('pushing', pushed.outcome, pushed.errCode ?? null);
}

/** An intent that carries its message, written whole when the change is made (no later rendering). */
export interface CarriedMessage {
  message: Message;
}

/** Delivers every pending intent of a document whose intents carry their message. Never throws. */
export async function deliverCarried(
  name: CollectionName,
  doc: { _id: string } & WithOutbox<CarriedMessage>,
  now: Date,
): Promise<void> {
  for (const [key, intent] of pendingIntents(doc)) {
    try {
      await deliverIntent(name, doc._id, key, intent, intent.message, now);
    } catch (err) {
      console.error(`[outbox] ${name}/${doc._id} ${key} not delivered yet`, err);
    }
  }
}
