import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zMillis, zText, type Paged } from './common';
import { ROLES } from '../roles';
import { MESSAGE_KINDS } from '../templates';
import { FILE_ID_PATTERN, NOTICE_CATEGORIES, NOTICE_LIMITS } from '../rules/notice-content';
import { MAX_TEMPLATES_PER_REQUEST } from '../rules/notice-subscriptions';
import type {
  ComposeOutput,
  DeliveryReport,
  DrainOutput,
  ManagedNoticeRow,
  NoticeDetail,
  NoticeListOutput,
  PublishOutput,
  ReadReport,
  RemindOutput,
  SubscriptionsOutput,
  UnreadMember,
} from './notice-model';
import type { NoticeState } from '../rules/notice-visibility';

export * from './notice-model';

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
  getSubscriptions: action<SubscriptionsOutput>()({
    input: zEmpty,
    access: 'worker',
    summary: 'My remaining subscription-message quota per kind',
  }),
  recordSubscriptions: action<SubscriptionsOutput>()({
    // What one wx.requestSubscribeMessage can grant: up to three templates, each accepted once.
    input: z
      .object({ accepted: z.array(z.enum(MESSAGE_KINDS)).max(MAX_TEMPLATES_PER_REQUEST) })
      .strict()
      .refine((v) => new Set(v.accepted).size === v.accepted.length, {
        message: '同一种消息只能记录一次',
        path: ['accepted'],
      }),
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
  getComposer: action<ComposeOutput>()({
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
  getReadReport: action<ReadReport>()({
    input: zById,
    access: 'organizer',
    summary: 'Read / aimed per unit rolled up the tree, and reach per WeChat group',
  }),
  listUnreadMembers: action<Paged<UnreadMember>>()({
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
  getDeliveryReport: action<DeliveryReport>()({
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
