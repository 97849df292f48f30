import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zMillis, zText, type Paged, type UnitOption } from './common';
import { ROLES, type Role } from '../roles';
import { MESSAGE_KINDS, type MessageKind } from '../templates';
import { FILE_ID_PATTERN, NOTICE_CATEGORIES, NOTICE_LIMITS, type NoticeCategory } from '../rules/notice-content';
import type { NoticeState } from '../rules/notice-visibility';
import type { DeliveryCounts } from '../rules/notice-delivery';

// ---------------------------------------------------------------------------------------------
// Wire types
// ---------------------------------------------------------------------------------------------

/** What a notice can point to; the member's page opens it. */
export type NoticeLinkKind = 'event' | 'paper';

export interface NoticeLinkView {
  kind: NoticeLinkKind;
  id: string;
  title: string;
}

/** A row of the member's notice list. */
export interface NoticeSummary {
  id: string;
  title: string;
  category: NoticeCategory;
  pinned: boolean;
  /** Epoch ms the notice went live. */
  publishedAt: number;
  /** The first words of the body. */
  excerpt: string;
  read: boolean;
}

export interface NoticeListOutput {
  items: NoticeSummary[];
  /** Unread among the notices the first page covers (pinned and newest). */
  unread: number;
  page: number;
  hasMore: boolean;
  /** Sends of the new-notice message left; 0 means the app should invite the member to subscribe again. */
  noticeQuota: number;
  /** The caller may manage notices (organizer or admin): the page offers the organizer pages. */
  canManage: boolean;
}

/** Body blocks as displayed: images come with a temporary URL. */
export type NoticeBlockView = { type: 'p'; text: string } | { type: 'img'; fileID: string; url: string };

export interface NoticeDetail {
  id: string;
  title: string;
  category: NoticeCategory;
  pinned: boolean;
  publishedAt: number;
  /** The issuing union (the author's unit), e.g. 采油一大队. */
  issuer: string;
  blocks: NoticeBlockView[];
  link: NoticeLinkView | null;
  /** True on the call that recorded the member's read receipt (their first open). */
  firstRead: boolean;
  /** When opened from a WeChat group card: how many members opened it from that group. */
  group: { readers: number } | null;
}

/** Per kind of subscription message: what the member has left to receive. */
export interface SubscriptionKindView {
  kind: MessageKind;
  label: string;
  templateId: string;
  /** Sends left (one per accept, WeChat's one-time rule). */
  quota: number;
}

export interface SubscriptionsOutput {
  kinds: SubscriptionKindView[];
}

/** An organizer's list row. */
export interface ManagedNoticeRow {
  id: string;
  title: string;
  category: NoticeCategory;
  state: NoticeState;
  pinned: boolean;
  /** Scheduled or actual go-live time (epoch ms); null for a draft to publish immediately. */
  publishAt: number | null;
  updatedAt: number;
  authorName: string;
}

export interface AudienceView {
  units: string[];
  roles: Role[];
}

/** A notice as the compose page edits it. */
export interface NoticeDraftView {
  id: string;
  title: string;
  category: NoticeCategory;
  blocks: NoticeBlockView[];
  audience: AudienceView;
  pinned: boolean;
  publishAt: number | null;
  link: NoticeLinkView | null;
  state: NoticeState;
}

export type { UnitOption };

export interface ComposeOutput {
  /** null when composing a new notice. */
  notice: NoticeDraftView | null;
  /** The units the caller may aim at (their managed subtree), tree order. */
  units: UnitOption[];
  /** Events and papers the notice may link to. */
  linkTargets: NoticeLinkView[];
}

export interface UnitReadRow {
  unitId: string;
  name: string;
  level: 1 | 2 | 3;
  depth: number;
  aimed: number;
  read: number;
}

export interface GroupReachRow {
  /** A short, stable label for the group (WeChat gives an opaque opengid; names are not available server-side). */
  label: string;
  /** Members who opened the notice from this group's card. */
  members: number;
  lastAt: number;
}

export interface ReadReport {
  id: string;
  title: string;
  state: NoticeState;
  pinned: boolean;
  aimed: number;
  read: number;
  /** Rolled up the tree from the notice's aimed units. */
  units: UnitReadRow[];
  groups: GroupReachRow[];
  /** Reminder rounds sent so far; the next reminder is round remindRound + 1. */
  remindRound: number;
  lastRemindAt: number | null;
}

export interface UnreadMember {
  name: string;
  unitName: string;
  /** Masked (138****1234): enough to recognise, not to copy out. */
  phone: string;
}

export interface DeliveryReport {
  id: string;
  title: string;
  state: NoticeState;
  /** The new-notice subscription messages sent on publish. */
  publish: DeliveryCounts;
  /** Members still waiting in the send queue. */
  queued: number;
  /** The latest reminder round, if any. */
  reminder: { round: number; counts: DeliveryCounts } | null;
}

export interface PublishOutput {
  state: NoticeState;
  publishAt: number;
  /** Members put in the send queue by this call (0 when scheduled or already queued). */
  queued: number;
}

export interface RemindOutput {
  round: number;
  queued: number;
}

export interface DrainOutput {
  /** Notices whose messages this run queued: scheduled ones going live, or the rest of a large audience. */
  wentLive: number;
  pages: number;
  sent: number;
  noQuota: number;
  failed: number;
  /** Members skipped because they were already handled (a retried publish or page). */
  skipped: number;
  /** True when work is left and another run was started. */
  more: boolean;
}

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const zCategory = z.enum(NOTICE_CATEGORIES);
const zFileId = z.string().max(512).regex(FILE_ID_PATTERN, '无效的图片');
const zBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('p'), text: zText(NOTICE_LIMITS.paragraph) }).strict(),
  z.object({ type: z.literal('img'), fileID: zFileId }).strict(),
]);

const zAudience = z
  .object({
    units: z.array(zId).min(1, '请选择发送范围').max(NOTICE_LIMITS.audienceUnits),
    /** Empty = every role. */
    roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  })
  .strict();

const zLink = z.object({ kind: z.enum(['event', 'paper']), id: zId }).strict();

/** WeChat cloudIDs are opaque tokens; bounded and URL-safe. */
const zCloudId = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[A-Za-z0-9_.~+/=-]+$/, '无效的群信息');

const zPageOnly = z.object({ page: z.number().int().min(1).max(500).default(1) }).strict();
const zById = z.object({ id: zId }).strict();

export const noticeContract = {
  // Members ------------------------------------------------------------------------------------
  listMine: action<NoticeListOutput>()({
    input: zPageOnly,
    access: 'worker',
    summary: 'Notices aimed at me and live now, pinned and newest first, with unread marks',
  }),
  open: action<NoticeDetail>()({
    input: z.object({ id: zId, cloudID: zCloudId.optional() }).strict(),
    access: 'worker',
    summary: 'Load a notice aimed at me and record my read receipt (and the group card I came from)',
  }),
  mySubscriptions: action<SubscriptionsOutput>()({
    input: zEmpty,
    access: 'worker',
    summary: 'My remaining subscription-message quota per kind',
  }),
  recordSubscriptions: action<SubscriptionsOutput>()({
    input: z.object({ accepted: z.array(z.enum(MESSAGE_KINDS)).max(MESSAGE_KINDS.length) }).strict(),
    access: 'worker',
    summary: 'Record the templates I just accepted in wx.requestSubscribeMessage: one send each',
  }),

  // Organizers ---------------------------------------------------------------------------------
  listManaged: action<Paged<ManagedNoticeRow>>()({
    input: z
      .object({
        page: z.number().int().min(1).max(10_000).default(1),
        pageSize: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    access: 'organizer',
    summary: 'Notices of my unit subtree, newest first',
  }),
  compose: action<ComposeOutput>()({
    input: z.object({ id: zId.optional() }).strict(),
    access: 'organizer',
    summary: 'What the compose page needs: the notice (if editing), the units I may aim at, link targets',
  }),
  save: action<{ id: string }>()({
    input: z
      .object({
        id: zId.optional(),
        title: zText(NOTICE_LIMITS.title),
        category: zCategory,
        blocks: z.array(zBlock).min(1).max(NOTICE_LIMITS.blocks),
        audience: zAudience,
        pinned: z.boolean().default(false),
        /** null = go out as soon as it is published. */
        publishAt: zMillis.nullable().default(null),
        link: zLink.nullable().default(null),
      })
      .strict(),
    access: 'organizer',
    summary: 'Create or edit a notice that has not gone out yet',
  }),
  publish: action<PublishOutput>()({
    input: zById,
    access: 'organizer',
    summary: 'Publish now or at its scheduled time; queues the subscription messages when it goes live',
  }),
  withdraw: action<{ state: NoticeState }>()({
    input: zById,
    access: 'organizer',
    summary: 'Take a notice down: members no longer see it and unsent messages are dropped',
  }),
  setPinned: action<{ pinned: boolean }>()({
    input: z.object({ id: zId, pinned: z.boolean() }).strict(),
    access: 'organizer',
    summary: 'Pin or unpin a notice at the top of members’ lists',
  }),
  readReport: action<ReadReport>()({
    input: zById,
    access: 'organizer',
    summary: 'Read / aimed per unit rolled up the tree, and reach per WeChat group',
  }),
  unreadMembers: action<Paged<UnreadMember>>()({
    input: z
      .object({
        id: zId,
        page: z.number().int().min(1).max(1000).default(1),
        pageSize: z.number().int().min(1).max(100).default(50),
      })
      .strict(),
    access: 'organizer',
    summary: 'Aimed members who have not read the notice yet',
  }),
  remindUnread: action<RemindOutput>()({
    input: z.object({ id: zId, round: z.number().int().min(1).max(1000) }).strict(),
    access: 'organizer',
    summary: 'Send a reminder (in-app + subscription message) to aimed members who have not read it',
  }),
  deliveryReport: action<DeliveryReport>()({
    input: zById,
    access: 'organizer',
    summary: 'Subscription-message results: sent / no quota / failed, and what is still queued',
  }),

  // Server side --------------------------------------------------------------------------------
  drainQueue: action<DrainOutput>()({
    input: zEmpty,
    access: 'system',
    summary: 'Send a bounded batch from the queue, put due scheduled notices live, and re-invoke while work is left',
  }),
};
