import { TEMPLATES } from '../../domain/templates';
import { chinaTime } from '../../domain/rules/china-time';
import type { NoticeHeader } from './repos/notices';
import { messagePage } from '../../domain/routes';

/** The member's page a notice message opens (no leading slash: WeChat's `page` format). */
export const noticePage = (id: string) => messagePage('noticeDetail', { id });

/** Values for the new-notice template, in TEMPLATES.notice.keys order: title, issuer, time. */
export function noticeFields(
  n: Pick<NoticeHeader, 'title' | 'category' | 'ownerUnitName' | 'publishAt'>,
  now: Date,
): string[] {
  const values = [n.title, `${n.category}·${n.ownerUnitName}`, chinaTime(new Date(n.publishAt ?? now).getTime())];
  return values.slice(0, TEMPLATES.notice.keys.length);
}

/** Values for a reminder: the same template, the title says it is a reminder. */
export function reminderFields(
  n: Pick<NoticeHeader, 'title' | 'category' | 'ownerUnitName' | 'publishAt'>,
  now: Date,
): string[] {
  return noticeFields({ ...n, title: `[提醒]${n.title}` }, now);
}
