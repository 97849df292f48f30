/**
 * Issue 16, items 6 and 7, written as the attacks: what an outsider may learn (an id outside one's
 * audience answers exactly like a made-up one; a notice links only to what its whole audience can
 * open), and the smaller holes (bidi and control characters, claimed subscription counts, an
 * organizer checking themselves in, an old check-in code after cancel and sign-up again).
 */
import { PERSONAS } from '../../demo/union';
import { COLLECTIONS } from '../../domain/collections';
import { MAX_RECORDED_QUOTA } from '../../domain/rules/notice-subscriptions';
import { cloudForFile } from '../support/cloud';
import { publishEvent } from '../event/support';
import { DAY, HOUR } from '../support/time';

const cloud = cloudForFile();
const ADMIN = PERSONAS.admin.openid;
const ORG = PERSONAS.organizer.openid; // 采油一大队
const ORG2 = PERSONAS.organizer2.openid; // 井下作业大队
const WORKER = PERSONAS.worker.openid; // 采油一大队
const WORKER2 = PERSONAS.worker2.openid; // 采油一大队

const snapshot = () => JSON.stringify(Object.keys(COLLECTIONS).map((c) => [c, cloud.dump(c)]));
const errorOf = async (p: Promise<{ ok: boolean; error?: { code: string; message: string } }>) => {
  const env = await p;
  return env.ok ? { code: 'OK', message: '' } : { code: env.error!.code, message: env.error!.message };
};

describe('an id outside my audience answers like a made-up one', () => {
  it('event.signUp', async () => {
    const eventId = await publishEvent(cloud, ORG2, { audienceUnits: ['u-brigade-2'] });
    const before = snapshot();
    const real = await errorOf(cloud.call(WORKER, 'event', 'signUp', { eventId, answers: [] }));
    const made = await errorOf(cloud.call(WORKER, 'event', 'signUp', { eventId: 'ev-made-up-0001', answers: [] }));
    expect(real).toEqual({ code: 'NOT_FOUND', message: made.message });
    expect(made.code).toBe('NOT_FOUND');
    expect(snapshot()).toBe(before);
  });

  it('member.getMember and event.listRegistrations, for an organizer of another brigade', async () => {
    const other = await errorOf(cloud.call(ORG2, 'member', 'getMember', { id: WORKER }));
    const none = await errorOf(cloud.call(ORG2, 'member', 'getMember', { id: 'o-made-up-0001' }));
    expect(other).toEqual(none);
    expect(other.code).toBe('NOT_FOUND');

    const eventId = await publishEvent(cloud, ORG, { audienceUnits: ['u-brigade-1'] });
    const theirs = await errorOf(cloud.call(ORG2, 'event', 'listRegistrations', { eventId, page: 1, pageSize: 20 }));
    const madeUp = await errorOf(
      cloud.call(ORG2, 'event', 'listRegistrations', { eventId: 'ev-made-up-0002', page: 1, pageSize: 20 }),
    );
    expect(theirs).toEqual(madeUp);
    expect(theirs.code).toBe('NOT_FOUND');
  });

  it('quiz.getCertificate, for a paper aimed elsewhere', async () => {
    const paper = cloud.dump<{ _id: string; withCertificate?: boolean }>('quiz_papers')[0];
    await cloud.db
      .collection('quiz_papers')
      .doc(paper._id)
      .update({ data: { withCertificate: true, audienceUnits: ['u-brigade-2'] } });
    const real = await errorOf(cloud.call(WORKER, 'quiz', 'getCertificate', { paperId: paper._id }));
    const made = await errorOf(cloud.call(WORKER, 'quiz', 'getCertificate', { paperId: 'p-made-up' }));
    expect(real).toEqual(made);
  });
});

describe('a notice links only to what its whole audience can open', () => {
  it('refuses, writing nothing, a link to another brigade’s event, a narrower audience or fewer roles', async () => {
    const brigade2 = await publishEvent(cloud, ORG2, { audienceUnits: ['u-brigade-2'], title: '井下作业大队内部活动' });
    const grass1 = await publishEvent(cloud, ORG, { audienceUnits: ['u-grass-1'] });
    const cadres = await publishEvent(cloud, ADMIN, { audienceRoles: ['cadre'] });
    const before = snapshot();
    const save = (openid: string, units: string[], id: string) =>
      errorOf(
        cloud.call(openid, 'notice', 'save', {
          title: '通知',
          category: '活动',
          blocks: [{ type: 'p', text: '详见活动' }],
          audience: { units, roles: [] },
          link: { kind: 'event', id },
        }),
      );
    expect((await save(ADMIN, ['u-branch'], brigade2)).code).toBe('BAD_REQUEST');
    expect((await save(ORG, ['u-brigade-1'], grass1)).code).toBe('BAD_REQUEST');
    expect((await save(ORG, ['u-brigade-1'], cadres)).code).toBe('BAD_REQUEST');
    expect(snapshot()).toBe(before);
    // Narrowed to the event's own audience, the link is fine.
    expect((await save(ORG, ['u-grass-1'], grass1)).code).toBe('OK');
    // The compose page does not even list another brigade's events.
    const compose = await cloud.ok(ORG, 'notice', 'getComposer', {});
    expect(compose.linkTargets.map((t) => t.id)).not.toContain(brigade2);
    expect(compose.linkTargets.map((t) => t.id)).toContain(grass1);
  });
});

describe('the smaller holes', () => {
  it('control and bidi-override characters never reach a title or an answer', async () => {
    const { id } = await cloud.ok(ORG, 'notice', 'save', {
      title: '工资\u202e单txt.exe\u0007',
      category: '通知',
      blocks: [{ type: 'p', text: '第一行\n第二行\u200b\u2066' }],
      audience: { units: ['u-brigade-1'], roles: [] },
    });
    const stored = cloud
      .dump<{ _id: string; title: string; blocks: { text?: string }[] }>('notices')
      .find((n) => n._id === id)!;
    expect(stored.title).toBe('工资单txt.exe');
    expect(stored.blocks[0].text).toBe('第一行\n第二行');
    // A title of nothing but such characters is empty, and refused as empty.
    const before = snapshot();
    expect(
      (
        await errorOf(
          cloud.call(ORG, 'notice', 'save', {
            title: '\u202e\u202d',
            category: '通知',
            blocks: [{ type: 'p', text: '好' }],
            audience: { units: ['u-brigade-1'], roles: [] },
          }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
    expect(snapshot()).toBe(before);
  });

  it('recordSubscriptions records no more than one request can grant, and no more than the cap in all', async () => {
    const before = snapshot();
    expect(
      (await errorOf(cloud.call(WORKER2, 'notice', 'recordSubscriptions', { accepted: ['notice', 'notice'] }))).code,
    ).toBe('BAD_REQUEST');
    expect(
      (
        await errorOf(
          cloud.call(WORKER2, 'notice', 'recordSubscriptions', {
            accepted: ['notice', 'waitlist_promoted', 'review_result', 'notice'],
          }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
    expect(snapshot()).toBe(before);
    for (let i = 0; i < MAX_RECORDED_QUOTA + 15; i++)
      await cloud.ok(WORKER2, 'notice', 'recordSubscriptions', { accepted: ['notice'] });
    const mine = await cloud.ok(WORKER2, 'notice', 'getSubscriptions', {});
    expect(mine.kinds.find((k) => k.kind === 'notice')?.quota).toBe(MAX_RECORDED_QUOTA);
  });

  it('an organizer cannot check themselves in', async () => {
    const now = Date.now();
    const eventId = await publishEvent(cloud, ORG, {
      audienceUnits: ['u-brigade-1'],
      startsAt: now + DAY,
      endsAt: now + DAY + 3 * HOUR,
      signupClosesAt: now + 12 * HOUR,
      cancelDeadline: now + 12 * HOUR,
    });
    await cloud.ok(ORG, 'event', 'signUp', { eventId, answers: [] });
    const { token } = await cloud.ok(ORG, 'event', 'getCheckinCode', { eventId });
    const before = snapshot();
    expect((await errorOf(cloud.call(ORG, 'eventAdmin', 'checkIn', { eventId, token: token! }))).code).toBe(
      'FORBIDDEN',
    );
    expect(snapshot()).toBe(before);
    // Another organizer above them may.
    expect((await cloud.ok(ADMIN, 'eventAdmin', 'checkIn', { eventId, token: token! })).already).toBe(false);
  });

  it('an old check-in code stops working after cancel and sign-up again', async () => {
    const now = Date.now();
    const eventId = await publishEvent(cloud, ORG, {
      audienceUnits: ['u-brigade-1'],
      startsAt: now + DAY,
      endsAt: now + DAY + 3 * HOUR,
      signupClosesAt: now + 12 * HOUR,
      cancelDeadline: now + 12 * HOUR,
    });
    await cloud.ok(WORKER, 'event', 'signUp', { eventId, answers: [] });
    const old = (await cloud.ok(WORKER, 'event', 'getCheckinCode', { eventId })).token!;
    await cloud.ok(WORKER, 'event', 'cancel', { eventId });
    await new Promise((r) => setTimeout(r, 5));
    await cloud.ok(WORKER, 'event', 'signUp', { eventId, answers: [] });
    const fresh = (await cloud.ok(WORKER, 'event', 'getCheckinCode', { eventId })).token!;
    expect(fresh).not.toBe(old);
    const before = snapshot();
    expect((await errorOf(cloud.call(ORG, 'eventAdmin', 'checkIn', { eventId, token: old }))).code).toBe('CONFLICT');
    expect(snapshot()).toBe(before);
    expect((await cloud.ok(ORG, 'eventAdmin', 'checkIn', { eventId, token: fresh })).already).toBe(false);
  });
});
