import { msOrNull } from '../lib/time';
import type {
  ManagedNoticeRow,
  NoticeDraftView,
  NoticeSummary,
  SubscriptionsOutput,
} from '../../domain/contract/notice';
import { noticeState } from '../../domain/rules/notice-visibility';
import { SUBSCRIBABLE_KINDS } from '../../domain/rules/notice-subscriptions';
import { TEMPLATES, type MessageKind } from '../../domain/templates';
import type { NoticeDoc, NoticeHeader } from './repos/notices';
import { blockViews } from './body-images';

export const stateOf = (n: NoticeHeader, now: Date) =>
  noticeState({ status: n.status, publishAt: msOrNull(n.publishAt) }, now.getTime());

export function toSummary(n: NoticeHeader, read: boolean): NoticeSummary {
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    pinned: n.pinned,
    publishedAt: msOrNull(n.publishAt) ?? 0,
    excerpt: n.excerpt,
    read,
  };
}

export function toManagedRow(n: NoticeHeader, now: Date): ManagedNoticeRow {
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    state: stateOf(n, now),
    pinned: n.pinned,
    publishAt: msOrNull(n.publishAt),
    updatedAt: msOrNull(n.updatedAt) ?? 0,
    authorName: n.authorName,
  };
}

export async function toDraftView(n: NoticeDoc, now: Date): Promise<NoticeDraftView> {
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    blocks: await blockViews(n.blocks),
    audience: { units: n.audienceUnits, roles: n.audienceRoles },
    pinned: n.pinned,
    publishAt: msOrNull(n.publishAt),
    link: n.link,
    state: stateOf(n, now),
  };
}

export function toSubscriptions(quota: Record<MessageKind, number>): SubscriptionsOutput {
  return {
    kinds: SUBSCRIBABLE_KINDS.map((kind) => ({
      kind,
      label: TEMPLATES[kind].label,
      templateId: TEMPLATES[kind].templateId,
      quota: quota[kind] ?? 0,
    })),
  };
}
