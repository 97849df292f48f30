import { noticeContract } from '../../domain/contract/notice';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { listMine } from '../../server/notice/actions/list-mine';
import { open } from '../../server/notice/actions/open';
import { getSubscriptions } from '../../server/notice/actions/get-subscriptions';
import { recordSubscriptions } from '../../server/notice/actions/record-subscriptions';
import { listManaged } from '../../server/notice/actions/list-managed';
import { getComposer } from '../../server/notice/actions/get-composer';
import { save } from '../../server/notice/actions/save';
import { publish } from '../../server/notice/actions/publish';
import { withdraw } from '../../server/notice/actions/withdraw';
import { setPinned } from '../../server/notice/actions/set-pinned';
import { getReadReport } from '../../server/notice/actions/get-read-report';
import { listUnreadMembers } from '../../server/notice/actions/list-unread-members';
import { remindUnread } from '../../server/notice/actions/remind-unread';
import { getDeliveryReport } from '../../server/notice/actions/get-delivery-report';
import { drainQueue } from '../../server/notice/actions/drain-queue';

const handlers = defineActions(noticeContract, {
  listMine,
  open,
  getSubscriptions,
  recordSubscriptions,
  listManaged,
  getComposer,
  save,
  publish,
  withdraw,
  setPinned,
  getReadReport,
  listUnreadMembers,
  remindUnread,
  getDeliveryReport,
  drainQueue,
});

/** The timer trigger in config.json is the safety net of the send queue: it drains every minute. */
export const main = createMain('notice', noticeContract, handlers, {
  timers: { drain: 'drainQueue' },
  // Opening a notice reads it first: with the member, in one request (its audience checked in code).
  prefetch: { open: (input) => (typeof input.id === 'string' ? [{ from: 'notices', id: input.id }] : []) },
});
