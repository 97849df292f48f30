/**
 * Notifications a change promises (a reply to the writer, an escalation to the next union's
 * organizers) are written into the request's `outbox` in the same update as the change, then sent
 * here and removed. A send that dies midway is retried by the sweep; notify() is idempotent by key,
 * so a retry never sends twice. This is the only code that opens `sealedWriter`.
 */
import { notify } from '../lib/notify';
import { command } from '../lib/collection';
import { organizersOf } from './repos/people';
import { dropIntent, mergedWriters, sealedWriterOf, type OutboxIntent } from './repos/requests';
import { openWriter } from './writer-link';
import { messagePage } from '../../domain/routes';

export const WRITER_PAGE = (id: string) => messagePage('voiceDetail', { id });
export const ORGANIZER_PAGE = (id: string) => messagePage('voiceAdminRequest', { id });

/** The update fields that put these intents in a request's outbox. */
export function intentFields(intents: OutboxIntent[]): Record<string, unknown> {
  if (intents.length === 0) return {};
  const data: Record<string, unknown> = { outboxCount: command().inc(intents.length) };
  for (const i of intents) data[`outbox.${i.key}`] = i;
  return data;
}

async function toWriter(requestId: string, intent: OutboxIntent, sealed: string | null): Promise<void> {
  const openid = sealed ? await openWriter(sealed) : null;
  if (openid) {
    await notify({
      openid,
      kind: intent.kind,
      title: intent.title,
      body: intent.body,
      page: WRITER_PAGE(requestId),
      fields: intent.fields,
      dedupeKey: intent.key,
    });
  }
  // A reply to a request also answers the duplicates merged into it.
  if (intent.kind !== 'voice_reply') return;
  for (const child of await mergedWriters(requestId)) {
    const childOpenid = await openWriter(child.sealedWriter);
    if (!childOpenid) continue;
    await notify({
      openid: childOpenid,
      kind: intent.kind,
      title: intent.title,
      body: `您反映的问题已与同类诉求合并办理。${intent.body}`,
      page: WRITER_PAGE(child._id),
      fields: intent.fields,
      dedupeKey: `${intent.key}_${child._id}`,
    });
  }
}

async function toUnit(requestId: string, intent: OutboxIntent, unitId: string): Promise<void> {
  const people = await organizersOf(unitId);
  await Promise.all(
    people.map((p) =>
      notify({
        openid: p._id,
        kind: intent.kind,
        title: intent.title,
        body: intent.body,
        page: ORGANIZER_PAGE(requestId),
        fields: intent.fields,
        dedupeKey: `${intent.key}_${p._id}`,
      }),
    ),
  );
}

/** Sends the intents of one request; returns how many went. Failures stay queued for the sweep. */
export async function flushIntents(requestId: string, intents: OutboxIntent[], sealed?: string): Promise<number> {
  let sent = 0;
  let sealedValue = sealed ?? null;
  for (const intent of intents) {
    try {
      if (intent.to === 'writer') {
        sealedValue ??= await sealedWriterOf(requestId);
        await toWriter(requestId, intent, sealedValue);
      } else {
        await toUnit(requestId, intent, intent.to.unitId);
      }
      await dropIntent(requestId, intent.key);
      sent++;
    } catch (err) {
      console.error(`[voice] notification ${intent.key} failed; the sweep retries it`, err);
    }
  }
  return sent;
}
