import type { voiceContract } from '../../../domain/contract/voice';
import { AppError } from '../../../domain/errors';
import { excerptOfText } from '../../../domain/rules/voice-request';
import type { Handler } from '../../lib/dispatch';
import { trailOf } from '../../member/views';
import { checkText, startImageChecks } from '../../lib/content-check';
import { findMine, insertRequest, updateFields, type VoiceRequestDoc } from '../repos/requests';
import { routeFor } from '../routing';
import { toMyDetail } from '../views';
import { requestIdOf, sealWriter, uploadFolderOf, writerKeyOf } from '../writer-link';

/** A file id's path inside the bucket (`cloud://env.bucket/<path>`). */
const pathOf = (fileID: string): string => fileID.replace(/^cloud:\/\/[^/]+\//, '');

/**
 * A request to the writer's grassroots union. The text passes WeChat's check first (a refused one is
 * never stored); images start their check and stay unseen by organizers until passed. The id comes
 * from the draft, so a retry after a dropped signal finds the request instead of sending it twice.
 * Requests: member + settings/calendar + insert (+ the image trace ids; + the key on a cold start).
 */
export const submit: Handler<typeof voiceContract.submit> = async (input, ctx) => {
  const m = ctx.member;
  const [folder, writerKey, id] = await Promise.all([
    uploadFolderOf(m._id, input.clientId),
    writerKeyOf(m._id),
    requestIdOf(m._id, input.clientId),
  ]);
  if (input.images.some((f) => !pathOf(f).startsWith(`${folder}/`)))
    throw new AppError('BAD_REQUEST', '图片需在本页重新上传');
  const [, route, sealedWriter] = await Promise.all([
    checkText(m._id, input.text),
    routeFor(m, ctx.now.getTime()),
    sealWriter(m._id),
  ]);
  const trail = trailOf(m);
  const doc: VoiceRequestDoc = {
    _id: id,
    kind: input.kind,
    category: input.category,
    text: input.text,
    excerpt: excerptOfText(input.text),
    images: input.images.map((fileID) => ({ fileID, trace: null, verdict: 'checking' })),
    traces: [],
    anonymous: input.anonymous,
    writerKey,
    sealedWriter,
    writerName: input.anonymous ? null : m.name,
    unitId: m.unitId,
    unitPath: m.unitPath,
    unitName: trail[trail.length - 1] ?? '',
    chain: route.chain,
    deadlines: route.deadlines.map((d) => new Date(d)),
    stage: 0,
    promisedBy: new Date(route.deadlines[0]),
    dueAt: new Date(route.deadlines[0]),
    nextEscalationAt: route.deadlines.length > 1 ? new Date(route.deadlines[0]) : null,
    status: 'submitted',
    awaiting: true,
    firstReplyAt: null,
    onTime: null,
    replies: 0,
    seenReplies: 0,
    notes: 0,
    assigneeId: null,
    assigneeName: null,
    adopted: false,
    mergedInto: null,
    merged: 0,
    rating: null,
    reopens: 0,
    timeline: [{ at: ctx.now, kind: 'submitted', by: 'writer' }],
    outbox: {},
    outboxCount: 0,
    rev: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  if (!(await insertRequest(doc))) {
    // A retry of a submit that got through: answer with what is stored.
    const stored = await findMine(id, writerKey);
    if (!stored) throw new AppError('CONFLICT', '提交冲突，请重试');
    return toMyDetail(stored, ctx.now, null);
  }
  // Checks start once the request exists, so a quick verdict always finds it.
  if (input.images.length) {
    const traces = await startImageChecks(m._id, input.images);
    doc.images = doc.images.map((img, i) => ({ ...img, trace: traces[i] }));
    doc.traces = traces.filter((t): t is string => !!t);
    await updateFields(id, { images: doc.images, traces: doc.traces });
  }
  return toMyDetail(doc, ctx.now, null);
};
