/**
 * A sign-up against a counter held by someone's open transaction, at a 20 ms database round trip.
 * Sign-ups claim seats with one conditional update, not a transaction (server/event/signup.ts), so
 * WeChat's rule for plain writes applies: the update waits for the transaction to end, then
 * applies. It never meets the write-time conflict and never answers INTERNAL or CONFLICT.
 */
import { PERSONAS } from '../../demo/union';
import { cloudForFile } from '../support/cloud';
import { insertWorkers, storedEvent, publishEvent, storedRegistrations } from './support';

const cloud = cloudForFile();

test('a sign-up that meets a held counter waits for it and gets its place', async () => {
  const eventId = await publishEvent(cloud, PERSONAS.admin.openid, { capacity: 5, waitlistSize: 0 });
  const [member] = await insertWorkers(cloud.db, 'held', 1);
  cloud.host.engine.roundTripMs = 20;
  try {
    // Someone else's transaction holds the event's counter for a while.
    const holder = await (cloud.db as unknown as { startTransaction(): Promise<any> }).startTransaction();
    await holder
      .collection('events')
      .doc(eventId)
      .update({ data: { updatedAt: new Date() } });
    const conflictsBefore = cloud.host.engine.stats.conflicts;
    const signUp = cloud.call(member, 'event', 'signUp', { eventId, answers: [] });
    await new Promise((r) => setTimeout(r, 400));
    await holder.rollback();
    const out = await signUp;
    expect(out).toMatchObject({ ok: true, data: { state: 'confirmed' } });
    // A plain update waits; only transactions collide.
    expect(cloud.host.engine.stats.conflicts).toBe(conflictsBefore);
  } finally {
    cloud.host.engine.roundTripMs = 0;
  }
  expect(storedEvent(cloud, eventId).seats.confirmed).toBe(1);
  expect(storedRegistrations(cloud, eventId)).toHaveLength(1);
});

test('eight members at once at 20 ms: every one gets a place, conflicts retried', async () => {
  const eventId = await publishEvent(cloud, PERSONAS.admin.openid, { capacity: 10, waitlistSize: 0 });
  const members = await insertWorkers(cloud.db, 'crowd8', 8);
  cloud.host.engine.roundTripMs = 20;
  try {
    const outs = await Promise.all(members.map((o) => cloud.call(o, 'event', 'signUp', { eventId, answers: [] })));
    // A member may be told CONFLICT (参与的人太多了) if the 2 s budget runs out; never INTERNAL.
    for (const o of outs) expect(o.ok || o.error.code === 'CONFLICT').toBe(true);
    const confirmed = outs.filter((o) => o.ok).length;
    expect(storedEvent(cloud, eventId).seats.confirmed).toBe(confirmed);
    expect(confirmed).toBeGreaterThan(0);
  } finally {
    cloud.host.engine.roundTripMs = 0;
  }
});
