/**
 * Review of applications that need it (金秋助学): pending until an organizer of the member's unit
 * (or above) decides; approval takes a place atomically (never more than the capacity, even when
 * many organizers approve at once, without a transaction on the event); rejection carries a
 * reason; the member sees the result and is told; proof images reach only the member and their
 * reviewers, as temporary links.
 */
import { PERSONAS } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { applyWithProof, publishAidEvent } from './support';
import { insertWorkers } from '../event/support';
import { expectError } from '../support/outcome';

const admin = PERSONAS.admin.openid;
const organizer = PERSONAS.organizer.openid; // 采油一大队
const organizer2 = PERSONAS.organizer2.openid; // 井下作业大队
const worker = PERSONAS.worker.openid; // 采油一队 (brigade 1)
const worker2 = PERSONAS.worker2.openid; // 采油二队 (brigade 1)

const cloud = cloudForFile();

interface StoredReg {
  _id: string;
  eventId: string;
  state: string;
  reason: string | null;
  reviewedBy: string | null;
}
const regsOf = (eventId: string) => cloud.dump<StoredReg>('registrations').filter((r) => r.eventId === eventId);
const seatsOf = (eventId: string) =>
  cloud.dump<{ _id: string; seats: { confirmed: number; pending: number } }>('events').find((e) => e._id === eventId)!
    .seats;

describe('the review queue', () => {
  it('shows organizers the pending applications of their own subtree, with proof as links, never file ids', async () => {
    const eventId = await publishAidEvent(cloud, admin, 5);
    const mine = await applyWithProof(cloud, worker, eventId);
    const theirs = await applyWithProof(cloud, PERSONAS.cadre.openid, eventId);

    const queue = await cloud.ok(organizer, 'eventAdmin', 'listReviewQueue', { eventId, page: 1, pageSize: 20 });
    expect(queue.total).toBe(2);
    const item = queue.items.find((i) => i.registrationId === mine.registrationId)!;
    expect(item).toMatchObject({
      name: '刘芳',
      unitName: '采油一队工会',
      event: { id: eventId, title: '金秋助学', capacity: 5, placesLeft: 5 },
    });
    expect(item.answers).toEqual([
      { label: '子女姓名', value: '张晓宇' },
      { label: '身份证号', value: '370502199001011234' },
    ]);
    expect(item.proofs).toHaveLength(1);
    expect(item.proofs[0]).toMatchObject({ fieldId: 'f2', label: '录取通知书' });
    expect(item.proofs[0].url).toMatch(/\/files\/uploads\/.+\/proof\/.+sign=/);
    expect(JSON.stringify(queue)).not.toContain('cloud://');
    expect(queue.items.map((i) => i.registrationId)).toContain(theirs.registrationId);

    // The other brigade's organizer sees none of brigade 1's applications.
    const other = await cloud.ok(organizer2, 'eventAdmin', 'listReviewQueue', { eventId, page: 1, pageSize: 20 });
    expect(other.total).toBe(0);
  });

  it('serves proof to the member and their reviewers only', async () => {
    const eventId = await publishAidEvent(cloud, admin, 5);
    const { registrationId } = await applyWithProof(cloud, worker, eventId);
    const own = await cloud.ok(worker, 'eventAdmin', 'getProofs', { registrationId });
    expect(own.images).toHaveLength(1);
    expect(own.images[0].url).toMatch(/sign=/);
    expect((await cloud.ok(organizer, 'eventAdmin', 'getProofs', { registrationId })).images).toHaveLength(1);
    expect((await cloud.ok(admin, 'eventAdmin', 'getProofs', { registrationId })).images).toHaveLength(1);
    // Another member, and another brigade's organizer, learn nothing: for them it does not exist.
    expectError(await cloud.call(worker2, 'eventAdmin', 'getProofs', { registrationId }), 'NOT_FOUND');
    expectError(await cloud.call(organizer2, 'eventAdmin', 'getProofs', { registrationId }), 'NOT_FOUND');
  });
});

describe('deciding', () => {
  it('approves into a place, tells the member, and the member sees it with a code', async () => {
    const eventId = await publishAidEvent(cloud, admin, 2);
    const { registrationId } = await applyWithProof(cloud, worker, eventId);
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 0, pending: 1 });
    // Pending: no code yet.
    expect(await cloud.ok(worker, 'event', 'getCheckinCode', { eventId })).toMatchObject({
      state: 'pending',
      token: null,
    });

    const out = await cloud.ok(organizer, 'eventAdmin', 'review', { registrationId, decision: 'approve' });
    expect(out).toMatchObject({ registrationId, state: 'confirmed', placesLeft: 1, changed: true });
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 1, pending: 0 });
    expect(regsOf(eventId)[0]).toMatchObject({ state: 'confirmed', reviewedBy: organizer });

    const detail = await cloud.ok(worker, 'event', 'getEvent', { eventId });
    expect(detail.registration).toMatchObject({ state: 'confirmed', reason: null });
    expect((await cloud.ok(worker, 'event', 'getCheckinCode', { eventId })).token).toMatch(/^UH1\./);
    const messages = cloud
      .dump<{ openid: string; kind: string; title: string; body: string }>('messages')
      .filter((m) => m.openid === worker && m.kind === 'review_result');
    expect(messages).toHaveLength(1);
    expect(messages[0].body).toContain('已审核通过');

    // A second tap changes nothing and tells nobody again.
    expect(await cloud.ok(organizer, 'eventAdmin', 'review', { registrationId, decision: 'approve' })).toMatchObject({
      state: 'confirmed',
      changed: false,
    });
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 1, pending: 0 });
    expect(
      cloud
        .dump<{ openid: string; kind: string }>('messages')
        .filter((m) => m.openid === worker && m.kind === 'review_result'),
    ).toHaveLength(1);
  });

  it('rejects with a reason the member sees, and frees the once-a-year claim', async () => {
    const eventId = await publishAidEvent(cloud, admin, 2, { oncePerKindPerYear: true });
    const { registrationId } = await applyWithProof(cloud, worker2, eventId);
    expectError(
      await cloud.call(organizer, 'eventAdmin', 'review', { registrationId, decision: 'reject' }),
      'BAD_REQUEST',
    );
    const out = await cloud.ok(organizer, 'eventAdmin', 'review', {
      registrationId,
      decision: 'reject',
      reason: '录取通知书照片不清晰',
    });
    expect(out).toMatchObject({ state: 'rejected', reason: '录取通知书照片不清晰', changed: true });
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 0, pending: 0 });
    expect((await cloud.ok(worker2, 'event', 'getEvent', { eventId })).registration).toMatchObject({
      state: 'rejected',
      reason: '录取通知书照片不清晰',
    });
    expect(
      cloud.dump<{ registrationId: string }>('event_claims').some((c) => c.registrationId === registrationId),
    ).toBe(false);
    const message = cloud
      .dump<{ openid: string; kind: string; body: string }>('messages')
      .find((m) => m.openid === worker2 && m.kind === 'review_result');
    expect(message?.body).toContain('原因：录取通知书照片不清晰');
    // Rejected stays rejected: it cannot be approved afterwards.
    expectError(
      await cloud.call(organizer, 'eventAdmin', 'review', { registrationId, decision: 'approve' }),
      'CONFLICT',
    );
  });

  it('refuses approval with FULL when no place is left', async () => {
    const eventId = await publishAidEvent(cloud, admin, 1);
    const a = await applyWithProof(cloud, worker, eventId);
    const b = await applyWithProof(cloud, worker2, eventId);
    await cloud.ok(organizer, 'eventAdmin', 'review', { registrationId: a.registrationId, decision: 'approve' });
    expectError(
      await cloud.call(organizer, 'eventAdmin', 'review', { registrationId: b.registrationId, decision: 'approve' }),
      'FULL',
    );
    expect(regsOf(eventId).find((r) => r._id === b.registrationId)?.state).toBe('pending');
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 1, pending: 1 });
  });

  it('refuses an organizer of another brigade (NOT_FOUND: not theirs to see) and writes nothing', async () => {
    const eventId = await publishAidEvent(cloud, admin, 3);
    const { registrationId } = await applyWithProof(cloud, worker, eventId);
    expectError(
      await cloud.call(organizer2, 'eventAdmin', 'review', { registrationId, decision: 'approve' }),
      'NOT_FOUND',
    );
    expectError(
      await cloud.call(organizer2, 'eventAdmin', 'review', { registrationId, decision: 'reject', reason: '不符合' }),
      'NOT_FOUND',
    );
    expect(regsOf(eventId)[0].state).toBe('pending');
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 0, pending: 1 });
  });
});

describe('approvals under concurrency', () => {
  it('never give out more places than the capacity', async () => {
    const capacity = 7;
    const eventId = await publishAidEvent(cloud, admin, capacity);
    const applicants = await insertWorkers(cloud.db, 'rv', 40, ['u-grass-1', 'u-grass-2', 'u-grass-3', 'u-grass-4']);
    const regs = await Promise.all(applicants.map((openid) => applyWithProof(cloud, openid, eventId)));
    expect(seatsOf(eventId)).toMatchObject({ confirmed: 0, pending: 40 });

    // The admin and both brigades' organizers approve everything they may, all at once.
    const calls = regs.flatMap(({ registrationId }) =>
      [admin, organizer, organizer2].map((who) =>
        cloud.call(who, 'eventAdmin', 'review', { registrationId, decision: 'approve' }),
      ),
    );
    const results = await Promise.all(calls);
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(codes.every((c) => c === 'ok' || c === 'FULL' || c === 'NOT_FOUND')).toBe(true);
    // Exactly one approval per place changed anything; organizers racing for the same application got its outcome.
    expect(results.filter((r) => r.ok && r.data.changed)).toHaveLength(capacity);

    const stored = regsOf(eventId);
    expect(stored.filter((r) => r.state === 'confirmed')).toHaveLength(capacity);
    expect(stored.filter((r) => r.state === 'pending')).toHaveLength(40 - capacity);
    expect(seatsOf(eventId)).toMatchObject({ confirmed: capacity, pending: 40 - capacity });
    // Each approval that took a place told its member exactly once.
    const told = cloud
      .dump<{ openid: string; kind: string }>('messages')
      .filter((m) => m.kind === 'review_result' && applicants.includes(m.openid));
    expect(told).toHaveLength(capacity);
  });
});
