/**
 * A typical call of every event action: an admin sets up an event with 2 places and a waitlist,
 * members find it and sign up (two confirmed, two waitlisted), one waitlisted member cancels, then a
 * confirmed one (whose place passes to the waitlist), the organizer reads and removes, and closes.
 */
import { PERSONAS, demoMembers } from '../../demo/union';
import { openEventDraft } from '../support/event';
import type { Scenario } from './kit';

const { admin, worker, worker2, cadre } = PERSONAS;

export const scenario: Scenario = async ({ measure }) => {
  const other = demoMembers()[1].openid;
  await measure(admin.openid, 'event', 'getEditor', {});
  const draft = openEventDraft('夏送清凉慰问品发放', 2, 3);
  const created = await measure(admin.openid, 'event', 'create', draft);
  await measure(admin.openid, 'event', 'update', { eventId: created.id, draft: { ...draft, place: '采油一队会议室' } });
  await measure(admin.openid, 'event', 'publish', { eventId: created.id });
  const eventId = created.id;

  await measure(worker.openid, 'event', 'listOpen', {});
  await measure(worker.openid, 'event', 'getEvent', { eventId });
  await measure(worker.openid, 'event', 'getSignupForm', { eventId });
  // Sign-ups: confirmed, confirmed, waitlisted, waitlisted.
  for (const who of [worker.openid, worker2.openid, cadre.openid, other])
    await measure(who, 'event', 'signUp', { eventId, answers: [] });
  await measure(worker.openid, 'event', 'listMine', {});
  // Cancels: a waitlisted member (no promotion), then a confirmed one (the first waiting is promoted and notified).
  await measure(other, 'event', 'cancel', { eventId });
  await measure(worker.openid, 'event', 'cancel', { eventId });

  await measure(admin.openid, 'event', 'listManaged', { page: 1, pageSize: 20 });
  const rows = await measure(admin.openid, 'event', 'listRegistrations', { eventId, page: 1, pageSize: 20 });
  const confirmed = rows.items.find((r) => r.state === 'confirmed');
  if (!confirmed) throw new Error('no confirmed registration to remove');
  await measure(admin.openid, 'event', 'removeRegistration', {
    registrationId: confirmed.id,
    reason: '不符合本次活动条件',
  });
  await measure(admin.openid, 'event', 'close', { eventId });
  // The outbox sender as a sweep of the event (the chained calls after each promise run nested, uncounted here).
  await measure('', 'event', 'deliverNotices', { eventId });
  // The chained filler with nothing left to fill: one read of the event.
  await measure('', 'event', 'fillWaitlist', { eventId });
};
