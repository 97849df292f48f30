/** The writer's own steps on their request: add to it, rate the answer, reopen once. */
import type { voiceContract } from '../../../domain/contract/voice';
import { AppError } from '../../../domain/errors';
import { RATING_LABELS, VOICE_LIMITS, writerMay } from '../../../domain/rules/voice-request';
import { command } from '../../lib/collection';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { checkText } from '../../lib/content-check';
import { reopenedIntent } from '../intents';
import { findForOrganizer, findMine, type VoiceRequestDoc } from '../repos/requests';
import { replan } from '../routing';
import { allow, runStep } from '../step';
import { toMyDetail } from '../views';
import { writerKeyOf } from '../writer-link';

async function asWriter(id: string, openid: string, now: Date, decide: Parameters<typeof runStep<VoiceRequestDoc>>[1]) {
  const key = await writerKeyOf(openid);
  const doc = await runStep(() => findMine(id, key), decide, now);
  return toMyDetail(doc, now, doc.mergedInto ? await findForOrganizer(doc.mergedInto) : null);
}

export const addNote: Handler<typeof voiceContract.addNote> = async ({ id, text }, ctx) => {
  await checkText(ctx.member._id, text);
  return asWriter(id, ctx.member._id, ctx.now, (doc) => {
    allow(writerMay.addNote(doc));
    if (doc.notes >= VOICE_LIMITS.notes) throw new AppError('FULL', `最多补充${VOICE_LIMITS.notes}次`);
    return {
      data: { notes: command().inc(1), timeline: command().push([{ at: ctx.now, kind: 'note', text, by: 'writer' }]) },
    };
  });
};

export const rate: Handler<typeof voiceContract.rate> = async ({ id, rating, comment }, ctx) => {
  if (comment) await checkText(ctx.member._id, comment);
  return asWriter(id, ctx.member._id, ctx.now, (doc) => {
    allow(writerMay.rate(doc));
    const entry = {
      at: ctx.now,
      kind: 'rated',
      to: RATING_LABELS[rating],
      by: 'writer',
      ...(comment ? { text: comment } : {}),
    };
    return { data: { status: 'rated', rating, timeline: command().push([entry]) } };
  });
};

export const reopen: Handler<typeof voiceContract.reopen> = async ({ id, reason }, ctx) => {
  await checkText(ctx.member._id, reason);
  return asWriter(id, ctx.member._id, ctx.now, async (doc) => {
    allow(writerMay.reopen(doc));
    const deadlines = await replan(doc.chain, doc.deadlines.map(ms), doc.stage, ctx.now.getTime());
    const dueAt = new Date(deadlines[doc.stage]);
    return {
      data: {
        status: 'processing',
        awaiting: true,
        rating: null,
        reopens: command().inc(1),
        deadlines: deadlines.map((d) => new Date(d)),
        dueAt,
        nextEscalationAt: doc.stage < deadlines.length - 1 ? dueAt : null,
        timeline: command().push([{ at: ctx.now, kind: 'reopened', text: reason, by: 'writer' }]),
      },
      intents: [reopenedIntent(doc, doc.chain[doc.stage].unitId)],
    };
  });
};
