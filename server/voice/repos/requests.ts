/**
 * Data access for voice_requests. Two kinds of read: the writer's (by writerKey, which they prove by
 * being themselves) and the organizer's, which never loads `writerKey` or `sealedWriter`
 * (ORGANIZER_FIELDS): organizer-facing code cannot leak what it never holds.
 */
import type { TimelineKind } from '../../../domain/contract/voice-model';
import type { Rating, VoiceCategory, VoiceKind, VoiceStatus } from '../../../domain/rules/voice-request';
import { collection, command } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { row, rows, updatedOf } from '../../lib/results';

export interface ChainUnit {
  unitId: string;
  name: string;
  /** Working days this union promises (its setting when the request arrived). */
  days: number;
}

/** `by` of an organizer's step: shown to the writer as 采油一队工会 · 李秀兰. */
export interface Actor {
  name: string;
  unitName: string;
}

export interface TimelineEntry {
  at: Date;
  kind: TimelineKind;
  text?: string;
  /** 'writer', or the organizer who took the step; absent for the system (escalation). */
  by?: 'writer' | Actor;
  /** The union it went to (escalated) or the colleague it was handed to (assigned). */
  to?: string;
}

export interface ImageEntry {
  fileID: string;
  trace: string | null;
  verdict: 'checking' | 'pass' | 'refused';
}

/** A notification promised by a change, written with it and sent (then removed) by outbox.ts. */
export interface OutboxIntent {
  /** Dedupe key of the message(s). */
  key: string;
  /** 'writer' (and the writers merged into this request), or the organizers of a union. */
  to: 'writer' | { unitId: string };
  kind: 'voice_reply' | 'voice_escalated';
  title: string;
  body: string;
  fields: string[];
}

export interface VoiceRequestDoc {
  _id: string;
  kind: VoiceKind;
  category: VoiceCategory;
  text: string;
  excerpt: string;
  images: ImageEntry[];
  /** Trace ids of the image checks, for the verdict push to find the request. */
  traces: string[];
  anonymous: boolean;
  writerKey: string;
  sealedWriter: string;
  /** Named requests only. */
  writerName: string | null;
  unitId: string;
  unitPath: string[];
  unitName: string;
  /** From the writer's grassroots union up to the branch: who handles it at each stage. */
  chain: ChainUnit[];
  /** One deadline per stage (chained working days). */
  deadlines: Date[];
  stage: number;
  /** The promise made to the writer (the first stage's deadline): on time means answered before it. */
  promisedBy: Date;
  /** The current deadline while awaiting a reply, else null. */
  dueAt: Date | null;
  /** When the sweep must escalate it if nobody has read it (awaiting, below the top), else null. */
  nextEscalationAt: Date | null;
  status: VoiceStatus;
  awaiting: boolean;
  firstReplyAt: Date | null;
  onTime: boolean | null;
  replies: number;
  /** Replies the writer has seen. */
  seenReplies: number;
  notes: number;
  /** Flat fields, not an object: a nested update under a null field is refused by the database. */
  assigneeId: string | null;
  assigneeName: string | null;
  adopted: boolean;
  mergedInto: string | null;
  merged: number;
  rating: Rating | null;
  reopens: number;
  timeline: TimelineEntry[];
  outbox: Record<string, OutboxIntent>;
  outboxCount: number;
  rev: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What organizer-facing code may load: everything but the link to the writer. */
export type OrganizerDoc = Omit<VoiceRequestDoc, 'writerKey' | 'sealedWriter'>;
const ORGANIZER_FIELDS = { writerKey: false, sealedWriter: false } as const;
/** Lists never need the long parts. */
const LIST_HIDDEN = { text: false, timeline: false, outbox: false, images: false } as const;

const requests = () => collection('voice_requests');

export async function insertRequest(doc: VoiceRequestDoc): Promise<boolean> {
  return addOnce(() => requests().add({ data: doc }));
}

/** The writer's request, or null (also when it is somebody else's). */
export async function findMine(id: string, writerKey: string): Promise<VoiceRequestDoc | null> {
  return rows<VoiceRequestDoc>(await requests().where({ _id: id, writerKey }).limit(1).get())[0] ?? null;
}

export async function listMine(writerKey: string, skip: number, limit: number): Promise<VoiceRequestDoc[]> {
  return rows<VoiceRequestDoc>(
    await requests()
      .where({ writerKey })
      .orderBy('createdAt', 'desc')
      .skip(skip)
      .limit(limit)
      .field({ ...LIST_HIDDEN, sealedWriter: false })
      .get(),
  );
}

export async function findForOrganizer(id: string): Promise<OrganizerDoc | null> {
  return rows<OrganizerDoc>(await requests().where({ _id: id }).limit(1).field(ORGANIZER_FIELDS).get())[0] ?? null;
}

export interface QueueQuery {
  /** Subtree root; null = everything (admins). */
  under: string | null;
  statuses: VoiceStatus[];
  overdueBefore?: Date;
  assignee?: string;
  byDue: boolean;
}

export async function loadQueue(q: QueueQuery, skip: number, limit: number): Promise<OrganizerDoc[]> {
  const _ = command();
  const where: Record<string, unknown> = { status: _.in(q.statuses) };
  if (q.under) where.unitPath = q.under;
  if (q.overdueBefore) where.dueAt = _.lte(q.overdueBefore);
  if (q.assignee) where.assigneeId = q.assignee;
  const base = requests().where(where);
  const ordered = q.byDue
    ? base.orderBy('dueAt', 'asc').orderBy('createdAt', 'asc')
    : base.orderBy('createdAt', 'desc');
  return rows<OrganizerDoc>(
    await ordered
      .skip(skip)
      .limit(limit)
      .field({ ...ORGANIZER_FIELDS, ...LIST_HIDDEN })
      .get(),
  );
}

/** A month of a subtree, for the dashboard and the export (≤ 1000 a month per subtree is plenty). */
export async function listCreatedBetween(
  under: string | null,
  from: Date,
  to: Date,
  withText: boolean,
): Promise<OrganizerDoc[]> {
  const _ = command();
  const parts: Record<string, unknown>[] = [{ createdAt: _.gte(from) }, { createdAt: _.lt(to) }];
  if (under) parts.push({ unitPath: under });
  const hidden = withText ? { timeline: false, outbox: false } : { ...LIST_HIDDEN };
  return rows<OrganizerDoc>(
    await requests()
      .where(_.and(parts))
      .orderBy('createdAt', 'asc')
      .limit(1000)
      .field({ ...ORGANIZER_FIELDS, ...hidden })
      .get(),
  );
}

/** Awaiting requests the sweep must escalate (nobody read them since they fell due). */
export async function listEscalationDue(now: Date, limit: number): Promise<VoiceRequestDoc[]> {
  return rows<VoiceRequestDoc>(
    await requests()
      .where({ nextEscalationAt: command().lte(now) })
      .limit(limit)
      .field({ text: false })
      .get(),
  );
}

export async function listWithOutbox(limit: number): Promise<VoiceRequestDoc[]> {
  return rows<VoiceRequestDoc>(
    await requests()
      .where({ outboxCount: command().gt(0) })
      .limit(limit)
      .field({ text: false, timeline: false })
      .get(),
  );
}

export async function findByTrace(traceId: string): Promise<VoiceRequestDoc | null> {
  return (
    rows<VoiceRequestDoc>(
      await requests().where({ traces: traceId }).limit(1).field({ text: false, timeline: false }).get(),
    )[0] ?? null
  );
}

/** Writers to tell when a request merged into `id` is answered: only the sender reads `sealedWriter`. */
export async function mergedWriters(id: string): Promise<{ _id: string; sealedWriter: string }[]> {
  return rows<{ _id: string; sealedWriter: string }>(
    await requests().where({ mergedInto: id }).limit(100).field({ sealedWriter: true }).get(),
  );
}

export async function sealedWriterOf(id: string): Promise<string | null> {
  return (
    row<{ sealedWriter: string }>(await requests().doc(id).field({ sealedWriter: true }).get())?.sealedWriter ?? null
  );
}

/**
 * Applies a step only if nobody changed the request since it was read (rev), so two organizers
 * replying at once, or a reply racing an escalation, never lose a timeline entry. False = reread.
 */
export async function updateIfRev(id: string, rev: number, data: Record<string, unknown>): Promise<boolean> {
  return (
    updatedOf(
      await requests()
        .where({ _id: id, rev })
        .update({ data: { ...data, rev: command().inc(1) } }),
    ) === 1
  );
}

/** Removes a sent intent (once, however many senders raced to send it). */
export async function dropIntent(id: string, key: string): Promise<void> {
  const _ = command();
  await requests()
    .where({ _id: id, [`outbox.${key}`]: _.exists(true) })
    .update({ data: { [`outbox.${key}`]: _.remove(), outboxCount: _.inc(-1) } });
}

export async function updateFields(id: string, data: Record<string, unknown>): Promise<number> {
  return updatedOf(await requests().doc(id).update({ data }));
}

/** Records one image's verdict once (a repeated push changes nothing). */
export async function setImageVerdict(
  id: string,
  index: number,
  verdict: 'pass' | 'refused',
  extra: Record<string, unknown>,
): Promise<boolean> {
  const res = await requests()
    .where({ _id: id, [`images.${index}.verdict`]: 'checking' })
    .update({ data: { [`images.${index}.verdict`]: verdict, rev: command().inc(1), ...extra } });
  return updatedOf(res) === 1;
}
