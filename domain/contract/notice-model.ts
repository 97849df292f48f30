/**
 * The notice model both sides share: the views the notice actions return. No zod here, so pages can
 * import the types without shipping the schemas; the schemas and the contract are in ./notice.ts.
 */
import type { Role } from '../roles';
import type { MessageKind } from '../templates';
import type { NoticeCategory } from '../rules/notice-content';
import type { NoticeState } from '../rules/notice-visibility';
import type { DeliveryCounts } from '../rules/notice-delivery';
import type { UnitOption } from './common';

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
