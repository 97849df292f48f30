import { noticeContract } from '../../domain/contract/notice';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { listMine } from '../../server/notice/actions/list-mine';
import { open } from '../../server/notice/actions/open';
import { mySubscriptions } from '../../server/notice/actions/my-subscriptions';
import { recordSubscriptions } from '../../server/notice/actions/record-subscriptions';
import { listManaged } from '../../server/notice/actions/list-managed';
import { compose } from '../../server/notice/actions/compose';
import { save } from '../../server/notice/actions/save';
import { publish } from '../../server/notice/actions/publish';
import { withdraw } from '../../server/notice/actions/withdraw';
import { setPinned } from '../../server/notice/actions/set-pinned';
import { readReport } from '../../server/notice/actions/read-report';
import { unreadMembers } from '../../server/notice/actions/unread-members';
import { remindUnread } from '../../server/notice/actions/remind-unread';
import { deliveryReport } from '../../server/notice/actions/delivery-report';
import { drainQueue } from '../../server/notice/actions/drain-queue';

const handlers = defineActions(noticeContract, {
  listMine,
  open,
  mySubscriptions,
  recordSubscriptions,
  listManaged,
  compose,
  save,
  publish,
  withdraw,
  setPinned,
  readReport,
  unreadMembers,
  remindUnread,
  deliveryReport,
  drainQueue,
});

/** The timer trigger in config.json is the safety net of the send queue: it drains every minute. */
export const main = createMain('notice', noticeContract, handlers, { timers: { drain: 'drainQueue' } });
