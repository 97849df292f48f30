/**
 * A typical call of every eventAdmin action: an admin opens a 金秋助学 that needs review and proof;
 * two members apply with a photo; a brigade organizer lists the events, reads the queue and one
 * application's proof, approves one and rejects the other; the member fetches their code (first
 * call signs with the key read once per instance) and the organizer scans it twice; then the
 * roster (brigade and whole event) and both exports.
 */
import { PERSONAS } from '../../demo/union';
import { openEventDraft } from '../support/event';
import type { Scenario } from './kit';

const { admin, organizer, worker, worker2 } = PERSONAS;

/** 2×2 PNG: a photo of an admission letter. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

export const scenario: Scenario = async ({ cloud, measure }) => {
  const draft = {
    ...openEventDraft('金秋助学', 10, 0),
    kind: 'autumn_aid' as const,
    needsReview: true,
    fields: [
      { id: 'f1', label: '子女姓名', type: 'text' as const, required: true },
      { id: 'f2', label: '录取通知书', type: 'image' as const, required: true },
    ],
  };
  const created = await cloud.ok(admin.openid, 'event', 'create', draft);
  await cloud.ok(admin.openid, 'event', 'publish', { eventId: created.id });
  const eventId = created.id;
  const ids: string[] = [];
  for (const who of [worker.openid, worker2.openid]) {
    const fileID = cloud.host.storage.put(`uploads/${who}/proof/${eventId}.png`, PNG, `client:${who}`);
    ids.push(
      (
        await cloud.ok(who, 'event', 'signUp', {
          eventId,
          answers: [
            { fieldId: 'f1', value: '刘小雨' },
            { fieldId: 'f2', value: fileID },
          ],
        })
      ).id,
    );
  }

  await measure(organizer.openid, 'eventAdmin', 'listEvents', { page: 1, pageSize: 20 });
  await measure(organizer.openid, 'eventAdmin', 'listReviewQueue', { page: 1, pageSize: 20 });
  await measure(organizer.openid, 'eventAdmin', 'getProofs', { registrationId: ids[0] });
  await measure(organizer.openid, 'eventAdmin', 'review', { registrationId: ids[0], decision: 'approve' });
  await measure(organizer.openid, 'eventAdmin', 'review', {
    registrationId: ids[1],
    decision: 'reject',
    reason: '材料不全',
  });

  const code = await measure(worker.openid, 'event', 'getCheckinCode', { eventId });
  await measure(worker.openid, 'event', 'getCheckinCode', { eventId });
  await measure(organizer.openid, 'eventAdmin', 'checkIn', { eventId, token: code.token ?? '' });
  await measure(organizer.openid, 'eventAdmin', 'checkIn', { eventId, token: code.token ?? '' });

  await measure(organizer.openid, 'eventAdmin', 'getRoster', { eventId, page: 1, pageSize: 50 });
  await measure(admin.openid, 'eventAdmin', 'getRoster', { eventId, filter: 'checked_in', page: 1, pageSize: 50 });
  await measure(admin.openid, 'eventAdmin', 'exportRoster', { eventId, full: false });
  await measure(admin.openid, 'eventAdmin', 'exportRoster', { eventId, full: true });
};
