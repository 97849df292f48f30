import type { noticeContract } from '../../../domain/contract/notice';
import { AppError } from '../../../domain/errors';
import { goLiveAt } from '../../../domain/rules/notice-visibility';
import type { Handler } from '../../lib/dispatch';
import { findNotice, markPublished } from '../repos/notices';
import { loadManaged } from '../manage';
import { startSending } from '../publishing';
import { stateOf } from '../views';
import { msOrNull } from '../../lib/time';

/**
 * draft → published. Live now: its messages are queued and a drain starts. Scheduled: the drain run
 * that finds it due queues them. Retrying is harmless: an already published notice is not published
 * again, and its queueing (if an earlier attempt died midway) resumes without queueing anyone twice.
 */
export const publish: Handler<typeof noticeContract.publish> = async ({ id }, ctx) => {
  let { notice } = await loadManaged(id, ctx);
  if (notice.status === 'withdrawn') throw new AppError('CLOSED', '通知已撤回，不能再发布');
  if (notice.status === 'draft') {
    const at = new Date(goLiveAt(msOrNull(notice.publishAt), ctx.now.getTime()));
    await markPublished(id, at, ctx.now);
    notice = (await findNotice(id)) ?? notice;
    if (notice.status === 'withdrawn') throw new AppError('CLOSED', '通知已撤回，不能再发布');
  }
  const state = stateOf(notice, ctx.now);
  const queued = state === 'live' && notice.enqueue !== 'done' ? await startSending(notice, ctx.now) : 0;
  return { state, publishAt: msOrNull(notice.publishAt) ?? ctx.now.getTime(), queued };
};
