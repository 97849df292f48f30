/**
 * A typical call of every notice action: a worker subscribes to new-notice messages, the brigade
 * organizer composes and publishes a notice to their brigade (sends queued, the drain run as the
 * system sends them), the worker lists and opens it, the organizer reads the reports, reminds the
 * unread, pins it and finally withdraws it.
 */
import { PERSONAS } from '../../demo/union';
import { templateIdOf } from '../../domain/templates';
import type { Scenario } from './kit';

const { organizer, worker } = PERSONAS;

export const scenario: Scenario = async ({ cloud, measure }) => {
  await measure(worker.openid, 'notice', 'getSubscriptions', {});
  // The tap on the subscriptions page: WeChat grants the quota, then the app records the accept.
  cloud.host.openapi.grantSubscription(worker.openid, templateIdOf('notice'), 1);
  await measure(worker.openid, 'notice', 'recordSubscriptions', { accepted: ['notice'] });

  await measure(organizer.openid, 'notice', 'getComposer', {});
  const { id } = await measure(organizer.openid, 'notice', 'save', {
    title: '关于组织职工参加安全生产知识培训的通知',
    category: '学习',
    blocks: [
      { type: 'p', text: '各基层工会：为提高职工安全生产意识，大队工会定于下周三下午组织安全生产知识培训。' },
      { type: 'p', text: '请各队合理安排倒班，确保参训人员按时到场。' },
    ],
    audience: { units: ['u-brigade-1'], roles: [] },
    pinned: false,
    publishAt: null,
    link: null,
  });
  await measure(organizer.openid, 'notice', 'publish', { id });
  await measure('', 'notice', 'drainQueue', {});
  await measure(organizer.openid, 'notice', 'listManaged', { page: 1, pageSize: 20 });

  await measure(worker.openid, 'notice', 'listMine', { page: 1 });
  await measure(worker.openid, 'notice', 'open', { id });

  await measure(organizer.openid, 'notice', 'getDeliveryReport', { id });
  await measure(organizer.openid, 'notice', 'getReadReport', { id });
  await measure(organizer.openid, 'notice', 'listUnreadMembers', { id, page: 1, pageSize: 50 });
  await measure(organizer.openid, 'notice', 'remindUnread', { id, round: 1 });
  await measure(organizer.openid, 'notice', 'setPinned', { id, pinned: true });
  await measure(organizer.openid, 'notice', 'withdraw', { id });
};
