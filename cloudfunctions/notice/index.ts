import { noticeContract } from '../../domain/contract/notice';
import { createMain, defineActions } from '../lib/dispatch';
import { listMine } from './actions/list-mine';
import { open } from './actions/open';
import { mySubscriptions } from './actions/my-subscriptions';
import { recordSubscriptions } from './actions/record-subscriptions';
import { listManaged } from './actions/list-managed';
import { compose } from './actions/compose';
import { save } from './actions/save';
import { publish } from './actions/publish';
import { withdraw } from './actions/withdraw';
import { setPinned } from './actions/set-pinned';
import { readReport } from './actions/read-report';
import { unreadMembers } from './actions/unread-members';
import { remindUnread } from './actions/remind-unread';
import { deliveryReport } from './actions/delivery-report';
import { drainQueue } from './actions/drain-queue';

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
