/** Server-side actions: WeChat's image verdict push, and the timer's sweep (a safety net, never needed). */
import type { voiceContract } from '../../../domain/contract/voice';
import type { Handler } from '../../lib/dispatch';
import { imageRefusedIntent } from '../intents';
import { flushIntents, intentFields } from '../outbox';
import { findByTrace, listEscalationDue, listWithOutbox, setImageVerdict } from '../repos/requests';
import { settle } from '../settle';
import { continueSurveyNotices } from '../survey/notify';

/**
 * `wxa_media_check`: WeChat's verdict on one image. Only `pass` shows it to organizers; anything else
 * hides it for good and tells the writer, politely. The request's text was already checked.
 */
export const recordMediaVerdict: Handler<typeof voiceContract.recordMediaVerdict> = async (
  { traceId, suggest },
  ctx,
) => {
  const doc = await findTrace(traceId);
  const index = doc ? doc.images.findIndex((i) => i.trace === traceId) : -1;
  if (!doc || index < 0) return { applied: false };
  const verdict = suggest === 'pass' ? 'pass' : 'refused';
  const intents = verdict === 'refused' ? [imageRefusedIntent(doc, index)] : [];
  const applied = await setImageVerdict(doc._id, index, verdict, { updatedAt: ctx.now, ...intentFields(intents) });
  if (applied) await flushIntents(doc._id, intents, doc.sealedWriter);
  return { applied };
};

/** The submit that started the check stores its trace id right after; a very quick verdict waits for it. */
async function findTrace(traceId: string) {
  for (let i = 0; i < 6; i++) {
    const doc = await findByTrace(traceId);
    if (doc) return doc;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

const BATCH = 50;

/**
 * Every read escalates what is due, so this only catches requests nobody opens: escalate them, send
 * notifications a crashed call left in an outbox, and carry on survey notices too large for one call.
 */
export const sweep: Handler<typeof voiceContract.sweep> = async (_input, ctx) => {
  const due = await listEscalationDue(ctx.now, BATCH);
  const settled = await Promise.all(due.map((d) => settle(d, ctx.now)));
  const escalated = settled.filter((d, i) => d.stage !== due[i].stage).length;
  let sent = 0;
  for (const d of await listWithOutbox(BATCH))
    sent += await flushIntents(d._id, Object.values(d.outbox ?? {}), d.sealedWriter);
  const surveys = await continueSurveyNotices(ctx.now);
  return { escalated, sent, surveys };
};
