/** The handling union's steps: accept, hand to a colleague, reply, merge a duplicate, adopt, close. */
import type { voiceContract } from '../../../domain/contract/voice';
import { AppError } from '../../../domain/errors';
import { answeredOnTime } from '../../../domain/rules/voice-promise';
import { isAwaiting, organizerMay, VOICE_LIMITS } from '../../../domain/rules/voice-request';
import { command } from '../../lib/collection';
import type { MemberCtx } from '../../lib/context';
import type { Handler } from '../../lib/dispatch';
import { ms } from '../../lib/time';
import { closedIntent, replyIntent } from '../intents';
import { organizersOver } from '../repos/people';
import { updateFields, type OrganizerDoc } from '../repos/requests';
import { actorOf, allow, loadManaged, runStep, type StepChange } from '../step';
import { organizerView } from './get-request';

async function asOrganizer(
  id: string,
  ctx: MemberCtx,
  decide: (doc: OrganizerDoc) => StepChange | Promise<StepChange>,
) {
  const doc = await runStep(() => loadManaged(id, ctx), decide, ctx.now);
  return organizerView(doc, ctx);
}

const push = (entry: Record<string, unknown>) => command().push([entry]);

/** No longer waiting: the promise stops running and nothing escalates. */
const stopped = { awaiting: false, dueAt: null, nextEscalationAt: null };

export const accept: Handler<typeof voiceContract.accept> = ({ id }, ctx) =>
  asOrganizer(id, ctx, (doc) => {
    allow(organizerMay.accept(doc), 'CONFLICT');
    return { data: { status: 'accepted', timeline: push({ at: ctx.now, kind: 'accepted', by: actorOf(ctx) }) } };
  });

export const assign: Handler<typeof voiceContract.assign> = async ({ id, to }, ctx) =>
  asOrganizer(id, ctx, async (doc) => {
    allow(organizerMay.assign(doc));
    const colleague = (await organizersOver(doc.unitPath)).find((p) => p._id === to);
    if (!colleague) throw new AppError('BAD_REQUEST', '只能转交给负责该单位的工会工作人员');
    return {
      data: {
        status: 'processing',
        assigneeId: colleague._id,
        assigneeName: colleague.name,
        timeline: push({ at: ctx.now, kind: 'assigned', to: colleague.name, by: actorOf(ctx) }),
      },
    };
  });

export const reply: Handler<typeof voiceContract.reply> = ({ id, text }, ctx) =>
  asOrganizer(id, ctx, (doc) => {
    allow(organizerMay.reply(doc));
    if (doc.replies >= VOICE_LIMITS.replies) throw new AppError('FULL', `每件诉求最多答复${VOICE_LIMITS.replies}次`);
    const by = actorOf(ctx);
    const first = doc.firstReplyAt === null;
    return {
      data: {
        status: 'answered',
        ...stopped,
        replies: command().inc(1),
        timeline: push({ at: ctx.now, kind: 'replied', text, by }),
        ...(first ? { firstReplyAt: ctx.now, onTime: answeredOnTime(ctx.now.getTime(), ms(doc.promisedBy)) } : {}),
      },
      intents: [replyIntent(doc, doc.replies + 1, text, by.unitName)],
    };
  });

/** The duplicate closes into `into`; its writer is told, and gets the replies `into` gets. */
export const merge: Handler<typeof voiceContract.merge> = async ({ id, into }, ctx) => {
  if (id === into) throw new AppError('BAD_REQUEST', '不能与自身合并');
  const master = await loadManaged(into, ctx);
  if (master.mergedInto || master.status === 'closed') throw new AppError('BAD_REQUEST', '目标诉求已关闭或已被合并');
  const view = await asOrganizer(id, ctx, (doc) => {
    allow(organizerMay.merge(doc));
    const notice = {
      ...closedIntent(doc, `已与同类诉求“${master.excerpt}”合并办理，答复会同时告知您`, actorOf(ctx).unitName),
      key: `vm_${doc._id}`,
    };
    return {
      data: {
        status: 'closed',
        ...stopped,
        mergedInto: into,
        timeline: push({ at: ctx.now, kind: 'merged', to: master.excerpt, by: actorOf(ctx) }),
      },
      intents: [notice],
    };
  });
  await updateFields(into, {
    merged: command().inc(1),
    rev: command().inc(1),
    updatedAt: ctx.now,
    timeline: push({ at: ctx.now, kind: 'merged', by: actorOf(ctx) }),
  });
  return view;
};

export const adopt: Handler<typeof voiceContract.adopt> = ({ id }, ctx) =>
  asOrganizer(id, ctx, (doc) => {
    if (doc.kind !== 'suggestion') throw new AppError('BAD_REQUEST', '只有“建议”可以标记采纳');
    if (doc.adopted) throw new AppError('CONFLICT', '已标记采纳');
    allow(organizerMay.adopt(doc));
    return { data: { adopted: true, timeline: push({ at: ctx.now, kind: 'adopted', by: actorOf(ctx) }) } };
  });

export const close: Handler<typeof voiceContract.close> = ({ id, reason }, ctx) =>
  asOrganizer(id, ctx, (doc) => {
    allow(organizerMay.close(doc), 'CONFLICT');
    return {
      data: {
        status: 'closed',
        ...(isAwaiting(doc.status) ? stopped : {}),
        timeline: push({ at: ctx.now, kind: 'closed', text: reason, by: actorOf(ctx) }),
      },
      intents: [closedIntent(doc, reason, actorOf(ctx).unitName)],
    };
  });
