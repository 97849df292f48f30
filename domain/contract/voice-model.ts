/**
 * The shapes 职工心声 (workers' requests) leave the server in. Organizer-facing shapes have no field
 * that could carry the writer of an anonymous request: `writer` is a display name or 匿名职工, and
 * nothing else about the writer is ever put in them.
 */
import type { Rating, VoiceCategory, VoiceKind, VoiceStatus } from '../rules/voice-request';
import type { WaitingState } from '../rules/voice-promise';
import type { TopicCount } from '../rules/voice-topics';
import type { UnitOption } from './common';

export type TimelineKind =
  | 'submitted'
  | 'accepted'
  | 'assigned'
  | 'replied'
  | 'note'
  | 'escalated'
  | 'rated'
  | 'reopened'
  | 'merged'
  | 'adopted'
  | 'closed';

export interface TimelineEntryView {
  at: number;
  kind: TimelineKind;
  /** What happened, in words (已受理, 超时未答复，转采油一大队督办...). */
  label: string;
  /** A reply, a supplement, a rating comment, a closing reason. */
  text: string | null;
  /** Who: 采油一队工会 · 李秀兰 for organizers; 本人 / 职工姓名 / 匿名职工 for the writer. */
  by: string | null;
}

/** The promise as the writer reads it. */
export interface PromiseView {
  /** Working days the grassroots union promised. */
  days: number;
  /** The last day of the promise, e.g. 2026年10月12日 (the first reply is due by its end). */
  byDay: string;
  /** Epoch ms the current deadline ends (exclusive). null once answered. */
  dueAt: number | null;
  /** null while not yet answered. */
  answeredOnTime: boolean | null;
  waiting: WaitingState | null;
}

/** The writer's own image: they see it while it is checked; a refused one has no link. */
export interface MyImageView {
  url: string | null;
  state: 'checking' | 'pass' | 'refused';
}

/** What a row of either list shows of a request: the writer's own list and the organizers' queue. */
export interface RequestRowBase {
  id: string;
  kind: VoiceKind;
  category: VoiceCategory;
  excerpt: string;
  status: VoiceStatus;
  createdAt: number;
  /** The union handling it now (采油一队工会, or the brigade after escalation). */
  handler: string;
  waiting: WaitingState | null;
  dueAt: number | null;
}

export interface MyRequestRow extends RequestRowBase {
  anonymous: boolean;
  /** Replies the writer has not opened yet. */
  unreadReplies: number;
}

export interface MyRequestDetail extends MyRequestRow {
  text: string;
  images: MyImageView[];
  promise: PromiseView;
  timeline: TimelineEntryView[];
  rating: Rating | null;
  adopted: boolean;
  /** Set when an organizer merged it into a similar request: that request's replies answer it. */
  mergedInto: { excerpt: string; replies: TimelineEntryView[] } | null;
  may: { addNote: boolean; rate: boolean; reopen: boolean };
}

export interface MyRequestsOutput {
  items: MyRequestRow[];
  page: number;
  hasMore: boolean;
}

export interface DraftOutput {
  /** Makes a retried submit of this draft a no-op. */
  clientId: string;
  /** Where the page uploads this draft's images: the member's own, opaque path. */
  uploadFolder: string;
  /** The union the request goes to, and the working days it promises. */
  unitName: string;
  promiseDays: number;
}

export type { UnitOption };

export type QueueFilter = 'open' | 'overdue' | 'answered' | 'closed' | 'all';

export interface QueueRow extends RequestRowBase {
  /** The writer's grassroots union. */
  unitName: string;
  escalated: boolean;
  /** The writer's name, or 匿名职工. */
  writer: string;
  assignee: string | null;
  adopted: boolean;
  /** Other requests merged into this one. */
  merged: number;
}

export interface QueueOutput {
  items: QueueRow[];
  page: number;
  hasMore: boolean;
  /** The units the caller may filter by (their subtree, tree order); sent with page 1 only. */
  units: UnitOption[];
}

export interface ReplyTemplateView {
  id: string;
  title: string;
  text: string;
}

export interface ColleagueView {
  id: string;
  name: string;
  unitName: string;
}

export interface OrganizerRequestDetail extends QueueRow {
  text: string;
  /** Only images WeChat's content check passed. */
  images: { url: string }[];
  promise: PromiseView;
  timeline: TimelineEntryView[];
  rating: Rating | null;
  mergedInto: string | null;
  templates: ReplyTemplateView[];
  colleagues: ColleagueView[];
  may: { accept: boolean; assign: boolean; reply: boolean; merge: boolean; adopt: boolean; close: boolean };
}

export interface VoiceSettingsView {
  unitId: string;
  unitName: string;
  promiseDays: number;
  templates: ReplyTemplateView[];
}

export interface CalendarView {
  builtInYears: number[];
  holidays: string[];
  workdays: string[];
}

export interface DashboardUnitRow {
  unitId: string;
  name: string;
  depth: number;
  total: number;
  answered: number;
  /** Answered within the promise / requests answered or past their promise; null when none is. */
  onTimeShare: number | null;
  /** (满意 + 基本满意) / rated; null when none is rated. */
  satisfaction: number | null;
}

export interface VoiceDashboard {
  /** 'YYYY-MM' in China time. */
  month: string;
  unitId: string | null;
  unitName: string;
  totals: DashboardUnitRow & { overdue: number; adopted: number; rated: number };
  units: DashboardUnitRow[];
  byCategory: { category: VoiceCategory; count: number }[];
  byKind: { kind: VoiceKind; count: number }[];
  topics: TopicCount[];
  unitOptions: UnitOption[];
}
