import type { Audience } from '../../../domain/rules/audience';
import type { NoticeBlock, NoticeCategory } from '../../../domain/rules/notice-content';
import { isVisibleTo, type StoredNoticeStatus } from '../../../domain/rules/notice-visibility';
import type { NoticeLinkKind } from '../../../domain/contract/notice';
import { collection, command } from '../../lib/collection';
import { idOf, row, rows, totalOf, updatedOf } from '../../lib/results';
import type { MemberDoc } from '../../member/repos/members';

/**
 * A notice as stored. `publishAt` is the go-live time (null on a draft meant to go out at once);
 * `enqueue` tracks putting its subscription messages in the send queue, so a scheduled notice is
 * queued exactly when it goes live and a retried publish never queues it twice.
 */
export interface NoticeDoc extends Audience {
  _id: string;
  title: string;
  category: NoticeCategory;
  blocks: NoticeBlock[];
  /** The first words of the body, kept beside it so lists never load bodies. */
  excerpt: string;
  pinned: boolean;
  status: StoredNoticeStatus;
  publishAt: Date | null;
  link: { kind: NoticeLinkKind; id: string; title: string } | null;
  /** The author's unit: who may manage the notice (organizers of that subtree, and admins). */
  ownerUnitId: string;
  ownerUnitPath: string[];
  ownerUnitName: string;
  authorOpenid: string;
  authorName: string;
  /** none: not published yet; pending: waiting to go live; running: being queued (leased); done. */
  enqueue: 'none' | 'pending' | 'running' | 'done';
  enqueueLeaseUntil: Date | null;
  /** The last member (`_id`) queued so far: queueing a large audience resumes here in the next run. */
  enqueueCursor?: string;
  remindRound: number;
  lastRemindAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt?: Date;
}

/** The list fields: everything but the body. */
export type NoticeHeader = Omit<NoticeDoc, 'blocks'>;

/** Rows per page of a member's list (and the window the home page counts unread in). */
export const LIST_PAGE = 30;

const notices = () => collection('notices');

/** What a member may see now: live and aimed at their unit path and role (one indexed query). */
export function visibleWhere(member: Pick<MemberDoc, 'unitPath' | 'role'>, now: Date) {
  const _ = command();
  return {
    status: 'published',
    audienceUnits: _.in(member.unitPath),
    audienceRoles: member.role,
    publishAt: _.lte(now),
  };
}

export async function findNotice(id: string): Promise<NoticeDoc | null> {
  return row<NoticeDoc>(await notices().doc(id).get());
}

/** The notice if this member may see it now, else null: one request, so outsiders learn nothing. */
export async function findVisibleNotice(id: string, member: MemberDoc, now: Date): Promise<NoticeDoc | null> {
  const found = rows<NoticeDoc>(
    await notices()
      .where({ _id: id, ...visibleWhere(member, now) })
      .limit(1)
      .get(),
  );
  return found[0] ?? null;
}

/**
 * The same rule as visibleWhere, for a notice already read by id (the dispatcher reads it with the
 * member): the notice, or null when this member may not see it now.
 */
export function visibleOrNull(n: NoticeDoc | null, member: MemberDoc, now: Date): NoticeDoc | null {
  // A published notice always has its go-live time; without one the query would not match either.
  if (!n || !n.publishAt) return null;
  return isVisibleTo({ ...n, publishAt: new Date(n.publishAt).getTime() }, member, now.getTime()) ? n : null;
}

/** Headers of the notices a member sees, pinned first then newest. */
export async function listVisible(member: MemberDoc, now: Date, skip: number, limit: number): Promise<NoticeHeader[]> {
  return rows<NoticeHeader>(
    await notices()
      .where(visibleWhere(member, now))
      .orderBy('pinned', 'desc')
      .orderBy('publishAt', 'desc')
      .skip(skip)
      .limit(limit)
      .field({ blocks: false })
      .get(),
  );
}

/** Notices owned in a subtree (null root = everything, for admins), newest change first. */
export async function listOwned(
  rootUnitId: string | null,
  skip: number,
  limit: number,
): Promise<{ items: NoticeHeader[]; total: number }> {
  const where = rootUnitId ? { ownerUnitPath: rootUnitId } : {};
  const [list, count] = await Promise.all([
    notices().where(where).orderBy('updatedAt', 'desc').skip(skip).limit(limit).field({ blocks: false }).get(),
    notices().where(where).count(),
  ]);
  return { items: rows<NoticeHeader>(list), total: totalOf(count) };
}

export async function insertNotice(doc: Omit<NoticeDoc, '_id'> & { _id: string }): Promise<string> {
  return idOf(await notices().add({ data: doc }));
}

/** Rewrites the editable fields, only while the notice is still in the state the caller checked. */
export async function updateUnsent(
  id: string,
  expected: { status: StoredNoticeStatus; enqueue: NoticeDoc['enqueue'] },
  patch: Partial<NoticeDoc>,
): Promise<boolean> {
  const res = await notices()
    .where({ _id: id, status: expected.status, enqueue: expected.enqueue })
    .update({ data: patch });
  return updatedOf(res) === 1;
}

/** draft → published; false if someone else published (or withdrew) it first. */
export async function markPublished(id: string, publishAt: Date, now: Date): Promise<boolean> {
  const res = await notices()
    .where({ _id: id, status: 'draft' })
    .update({ data: { status: 'published', publishAt, enqueue: 'pending', enqueueLeaseUntil: null, updatedAt: now } });
  return updatedOf(res) === 1;
}

/**
 * Takes the right to queue a live notice's messages: pending, or running under an expired lease (the
 * previous attempt died). The lease outlives any function's timeout, so two runs never queue at once.
 */
export async function claimEnqueue(id: string, now: Date, leaseMs: number): Promise<boolean> {
  const _ = command();
  const res = await notices()
    .where(
      _.and([
        { _id: id, status: 'published', publishAt: _.lte(now) },
        _.or([{ enqueue: 'pending' }, { enqueue: 'running', enqueueLeaseUntil: _.lt(now) }]),
      ]),
    )
    .update({ data: { enqueue: 'running', enqueueLeaseUntil: new Date(now.getTime() + leaseMs) } });
  return updatedOf(res) === 1;
}

export async function finishEnqueue(id: string): Promise<void> {
  await notices()
    .doc(id)
    .update({ data: { enqueue: 'done', enqueueLeaseUntil: null } });
}

/** Records queueing progress; with `release`, hands the rest to the next run (pending again, lease dropped). */
export async function saveEnqueueCursor(id: string, cursor: string, release: boolean): Promise<void> {
  const data = release
    ? { enqueueCursor: cursor, enqueue: 'pending', enqueueLeaseUntil: null }
    : { enqueueCursor: cursor };
  await notices().doc(id).update({ data });
}

/** Published notices whose time has come but whose messages are not queued yet (scheduled ones, or an interrupted queueing). */
export async function dueForQueue(now: Date, limit: number): Promise<NoticeDoc[]> {
  const _ = command();
  return rows<NoticeDoc>(
    await notices()
      .where(
        _.and([
          { status: 'published', publishAt: _.lte(now) },
          _.or([{ enqueue: 'pending' }, { enqueue: 'running', enqueueLeaseUntil: _.lt(now) }]),
        ]),
      )
      .orderBy('publishAt', 'asc')
      .limit(limit)
      .field({ blocks: false })
      .get(),
  );
}

export async function markWithdrawn(id: string, now: Date): Promise<boolean> {
  const res = await notices()
    .where({ _id: id, status: command().neq('withdrawn') })
    .update({ data: { status: 'withdrawn', withdrawnAt: now, updatedAt: now } });
  return updatedOf(res) === 1;
}

export async function updatePinned(id: string, pinned: boolean, now: Date): Promise<void> {
  await notices()
    .doc(id)
    .update({ data: { pinned, updatedAt: now } });
}

/** Starts reminder round `round` only if the previous one is the latest: one winner per round. */
export async function startRemindRound(id: string, round: number, now: Date): Promise<boolean> {
  const res = await notices()
    .where({ _id: id, remindRound: round - 1 })
    .update({ data: { remindRound: round, lastRemindAt: now } });
  return updatedOf(res) === 1;
}
