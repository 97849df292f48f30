import type { noticeContract } from '../../../domain/contract/notice';
import { AppError } from '../../../domain/errors';
import { MIN_MINUTES_BETWEEN_ROUNDS, reminderRound, tooSoon } from '../../../domain/rules/notice-reminders';
import type { Handler } from '../../lib/dispatch';
import { startRemindRound } from '../repos/notices';
import { queuePages } from '../fanout/enqueue';
import { kickDrain } from '../fanout/kick';
import { loadManaged } from '../manage';
import { unreadOf } from '../unread';
import { stateOf } from '../views';
import { msOrNull } from '../../lib/time';

/**
 * Reminds aimed members who have not read the notice: an in-app message and a subscription message
 * (notify, kind 'notice') each, through the send queue like the publish. Each member gets at most one
 * reminder per round; a retried request for the same round resumes it.
 */
export const remindUnread: Handler<typeof noticeContract.remindUnread> = async ({ id, round }, ctx) => {
  const { notice } = await loadManaged(id, ctx);
  if (stateOf(notice, ctx.now) !== 'live') throw new AppError('CLOSED', '只有已发布的通知可以提醒');
  const decision = reminderRound(round, notice.remindRound);
  if (decision === 'stale') throw new AppError('CONFLICT', '提醒情况已变化，请刷新后重试');
  if (decision === 'start') {
    if (tooSoon(msOrNull(notice.lastRemindAt), ctx.now.getTime())) {
      throw new AppError('RATE_LIMITED', `两次提醒至少间隔${MIN_MINUTES_BETWEEN_ROUNDS}分钟`);
    }
    if (!(await startRemindRound(id, round, ctx.now)))
      throw new AppError('CONFLICT', '其他组织者刚刚发送了提醒，请刷新后查看');
  }
  const unread = await unreadOf(notice);
  const queued = await queuePages(id, round, unread.map((m) => m._id).sort(), ctx.now);
  if (queued > 0) await kickDrain();
  return { round, queued };
};
