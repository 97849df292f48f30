import type { noticeContract } from '../../../domain/contract/notice';
import { AppError } from '../../../domain/errors';
import type { Handler } from '../../lib/dispatch';
import { updatePinned } from '../repos/notices';
import { loadManaged } from '../manage';

export const setPinned: Handler<typeof noticeContract.setPinned> = async ({ id, pinned }, ctx) => {
  const { notice } = await loadManaged(id, ctx);
  if (notice.status === 'withdrawn') throw new AppError('CLOSED', '通知已撤回');
  if (notice.pinned !== pinned) await updatePinned(id, pinned, ctx.now);
  return { pinned };
};
