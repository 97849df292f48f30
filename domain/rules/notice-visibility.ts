import { inAudience, type Audience, type AudienceMember } from './audience';

/**
 * When and to whom a notice shows. Stored status is draft | published | withdrawn; a published
 * notice whose publishAt is still ahead is "scheduled" and shows to nobody until its time. The
 * server's query and the client's labels both come from here.
 */
export type StoredNoticeStatus = 'draft' | 'published' | 'withdrawn';
export type NoticeState = 'draft' | 'scheduled' | 'live' | 'withdrawn';

export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  draft: '草稿',
  scheduled: '定时发布',
  live: '已发布',
  withdrawn: '已撤回',
};

export interface NoticeTimeline {
  status: StoredNoticeStatus;
  /** Epoch ms; null only on drafts that will go out as soon as they are published. */
  publishAt: number | null;
}

export function noticeState(n: NoticeTimeline, now: number): NoticeState {
  if (n.status === 'draft') return 'draft';
  if (n.status === 'withdrawn') return 'withdrawn';
  return n.publishAt !== null && n.publishAt > now ? 'scheduled' : 'live';
}

/** A member sees a notice when it is live and aimed at them (unit subtree and role). */
export function isVisibleTo(n: NoticeTimeline & Audience, m: AudienceMember, now: number): boolean {
  return noticeState(n, now) === 'live' && inAudience(n, m);
}

/** Content may change only while nothing has gone out: drafts and notices still waiting for their time. */
export function isEditable(n: NoticeTimeline, now: number): boolean {
  const s = noticeState(n, now);
  return s === 'draft' || s === 'scheduled';
}

/**
 * The moment a notice goes out when an organizer publishes it at `now`: its scheduled time if that is
 * still ahead, else now (a schedule that passed while it sat as a draft means "now").
 */
export function goLiveAt(scheduledAt: number | null, now: number): number {
  return scheduledAt !== null && scheduledAt > now ? scheduledAt : now;
}

export interface ListedNotice {
  pinned: boolean;
  publishAt: number;
}

/** Member lists: pinned first, then newest. */
export function compareForList(a: ListedNotice, b: ListedNotice): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return b.publishAt - a.publishAt;
}
