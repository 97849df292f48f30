/**
 * Requests → the shapes the contract promises. The organizer's shapes are built from OrganizerDoc,
 * which has no writerKey or sealedWriter; `writer` is the name of a named writer or 匿名职工.
 */
import type {
  MyImageView,
  MyRequestDetail,
  MyRequestRow,
  OrganizerRequestDetail,
  PromiseView,
  QueueRow,
  RequestRowBase,
  TimelineEntryView,
} from '../../domain/contract/voice-model';
import { chinaDate } from '../../domain/rules/china-time';
import { waitingState } from '../../domain/rules/voice-promise';
import { isAwaiting, organizerMay, writerMay, type RequestFacts } from '../../domain/rules/voice-request';
import { tempUrls } from '../lib/storage';
import { ms } from '../lib/time';
import type { OrganizerDoc, TimelineEntry, VoiceRequestDoc } from './repos/requests';

export const ANONYMOUS_WRITER = '匿名职工';
const LINK_SECONDS = 2 * 3600;

function labelOf(e: TimelineEntry): string {
  switch (e.kind) {
    case 'submitted':
      return '已提交';
    case 'accepted':
      return '已受理';
    case 'assigned':
      return `处理中：已转交${e.to ?? ''}办理`;
    case 'replied':
      return '已答复';
    case 'note':
      return '补充说明';
    case 'escalated':
      return `超过承诺时限未答复，已转${e.to ?? '上级工会'}督办`;
    case 'rated':
      return `已评价：${e.to ?? ''}`;
    case 'reopened':
      return '申请重新办理';
    case 'merged':
      return e.to ? `已与同类诉求合并办理` : '合并了同类诉求';
    case 'adopted':
      return '建议已被采纳';
    case 'closed':
      return '已关闭';
  }
}

function timelineOf(entries: TimelineEntry[], writerLabel: string): TimelineEntryView[] {
  return entries.map((e) => ({
    at: ms(e.at),
    kind: e.kind,
    label: labelOf(e),
    text: e.text ?? null,
    by: e.by === 'writer' ? writerLabel : e.by ? `${e.by.unitName} · ${e.by.name}` : null,
  }));
}

const factsOf = (d: OrganizerDoc): RequestFacts => ({
  status: d.status,
  reopens: d.reopens,
  rating: d.rating,
  mergedInto: d.mergedInto,
});

export function promiseOf(d: OrganizerDoc, now: Date): PromiseView {
  const awaiting = isAwaiting(d.status) && d.dueAt !== null;
  const dueAt = awaiting ? ms(d.dueAt!) : null;
  return {
    days: d.chain[0]?.days ?? 0,
    byDay: chinaDate(ms(d.promisedBy) - 1),
    dueAt,
    answeredOnTime: d.onTime,
    waiting: dueAt !== null ? waitingState(dueAt, now.getTime()) : null,
  };
}

/** The fields both lists show, from the request and its promise. */
function rowBase(d: OrganizerDoc, now: Date): RequestRowBase {
  const p = promiseOf(d, now);
  return {
    id: d._id,
    kind: d.kind,
    category: d.category,
    excerpt: d.excerpt,
    status: d.status,
    createdAt: ms(d.createdAt),
    handler: d.chain[d.stage]?.name ?? d.unitName,
    waiting: p.waiting,
    dueAt: p.dueAt,
  };
}

export function toMyRow(d: OrganizerDoc, now: Date): MyRequestRow {
  return { ...rowBase(d, now), anonymous: d.anonymous, unreadReplies: Math.max(0, d.replies - d.seenReplies) };
}

/** The writer's page: their own images even while checked (a refused one without its link). */
export async function toMyDetail(d: VoiceRequestDoc, now: Date, master: OrganizerDoc | null): Promise<MyRequestDetail> {
  const urls = await tempUrls(
    d.images.filter((i) => i.verdict !== 'refused').map((i) => i.fileID),
    LINK_SECONDS,
  );
  const images: MyImageView[] = d.images.map((i) => ({
    url: i.verdict === 'refused' ? null : (urls.get(i.fileID) ?? null),
    state: i.verdict,
  }));
  const facts = factsOf(d);
  return {
    ...toMyRow(d, now),
    text: d.text,
    images,
    promise: promiseOf(d, now),
    timeline: timelineOf(d.timeline, '本人'),
    rating: d.rating,
    adopted: d.adopted,
    mergedInto: master
      ? {
          excerpt: master.excerpt,
          replies: timelineOf(
            master.timeline.filter((e) => e.kind === 'replied'),
            '',
          ),
        }
      : null,
    may: { addNote: !writerMay.addNote(facts), rate: !writerMay.rate(facts), reopen: !writerMay.reopen(facts) },
  };
}

export function toQueueRow(d: OrganizerDoc, now: Date): QueueRow {
  return {
    ...rowBase(d, now),
    unitName: d.unitName,
    escalated: d.stage > 0,
    writer: d.anonymous ? ANONYMOUS_WRITER : (d.writerName ?? ANONYMOUS_WRITER),
    assignee: d.assigneeName,
    adopted: d.adopted,
    merged: d.merged,
  };
}

export async function toOrganizerDetail(
  d: OrganizerDoc,
  now: Date,
  extra: Pick<OrganizerRequestDetail, 'templates' | 'colleagues'>,
): Promise<OrganizerRequestDetail> {
  const passed = d.images.filter((i) => i.verdict === 'pass');
  const urls = await tempUrls(
    passed.map((i) => i.fileID),
    LINK_SECONDS,
  );
  const row = toQueueRow(d, now);
  const facts = factsOf(d);
  return {
    ...row,
    text: d.text,
    images: passed.flatMap((i) => (urls.get(i.fileID) ? [{ url: urls.get(i.fileID)! }] : [])),
    promise: promiseOf(d, now),
    timeline: timelineOf(d.timeline, row.writer),
    rating: d.rating,
    mergedInto: d.mergedInto,
    ...extra,
    may: {
      accept: !organizerMay.accept(facts),
      assign: !organizerMay.assign(facts),
      reply: !organizerMay.reply(facts),
      merge: !organizerMay.merge(facts),
      adopt: d.kind === 'suggestion' && !d.adopted && !organizerMay.adopt(facts),
      close: !organizerMay.close(facts),
    },
  };
}
