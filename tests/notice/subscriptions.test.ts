/**
 * Subscription messages for notices: WeChat's one-time rule (one accept = one send), what happens
 * without quota or when WeChat refuses (43101), and that a retried publish never sends twice.
 */
import { PERSONAS } from '../../demo/union';
import { TEMPLATES } from '../../domain/templates';
import { cloudForFile } from '../support/cloud';
import { acceptSubscription, NOTICE_TPL, publishNotice, saveNotice, sentMessages, drainQueue } from './support';

const { organizer, cadre, worker, worker2 } = PERSONAS;

const cloud = cloudForFile();

const quotaOf = async (openid: string, kind = 'notice') =>
  (await cloud.ok(openid, 'notice', 'getSubscriptions', {})).kinds.find((k) => k.kind === kind)!.quota;

const deliveryOf = (noticeId: string, openid: string) =>
  cloud
    .dump<{ _id: string; status: string; errCode?: number }>('notice_deliveries')
    .find((d) => d._id === `${noticeId}_${openid}`);

describe('recording accepts', () => {
  it('each accepted kind adds one send; the page lists every kind with its template', async () => {
    const before = await cloud.ok(worker2.openid, 'notice', 'getSubscriptions', {});
    expect(before.kinds.map((k) => k.templateId)).toEqual(Object.values(TEMPLATES).map((t) => t.templateId));
    expect(before.kinds.every((k) => k.quota === 0)).toBe(true);

    // One requestSubscribeMessage accepts each template at most once: a kind named twice is refused, nothing recorded.
    expect(
      (
        await cloud.call(worker2.openid, 'notice', 'recordSubscriptions', {
          accepted: ['notice', 'review_result', 'notice'],
        })
      ).ok,
    ).toBe(false);
    const after = await cloud.ok(worker2.openid, 'notice', 'recordSubscriptions', {
      accepted: ['notice', 'review_result'],
    });
    expect(after.kinds.find((k) => k.kind === 'notice')?.quota).toBe(1);
    expect(after.kinds.find((k) => k.kind === 'review_result')?.quota).toBe(1);
    await cloud.ok(worker2.openid, 'notice', 'recordSubscriptions', { accepted: ['notice'] });
    expect(await quotaOf(worker2.openid)).toBe(2);
  });

  it('refuses kinds that do not exist', async () => {
    const env = await cloud.call(worker.openid, 'notice', 'recordSubscriptions', { accepted: ['spam'] });
    expect(env.ok).toBe(false);
  });
});

describe('quota accounting on publish', () => {
  it('sends only with quota, records no_quota without it, and spends one send per message', async () => {
    // worker: accepted once (both sides); cadre: never accepted.
    await acceptSubscription(cloud, worker.openid, 'notice');
    const workerBefore = sentMessages(cloud, worker.openid).length;
    const cadreBefore = sentMessages(cloud, cadre.openid).length;

    const id = await publishNotice(cloud, organizer.openid, {
      title: '第一条',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    expect(deliveryOf(id, worker.openid)?.status).toBe('sent');
    expect(deliveryOf(id, cadre.openid)?.status).toBe('no_quota');
    expect(sentMessages(cloud, worker.openid)).toHaveLength(workerBefore + 1);
    expect(sentMessages(cloud, cadre.openid)).toHaveLength(cadreBefore);
    expect(await quotaOf(worker.openid)).toBe(0);

    // The next notice finds no quota left: nothing is sent until the member accepts again.
    const next = await publishNotice(cloud, organizer.openid, {
      title: '第二条',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    expect(deliveryOf(next, worker.openid)?.status).toBe('no_quota');
    expect(sentMessages(cloud, worker.openid)).toHaveLength(workerBefore + 1);

    await acceptSubscription(cloud, worker.openid, 'notice');
    const third = await publishNotice(cloud, organizer.openid, {
      title: '第三条',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    expect(deliveryOf(third, worker.openid)?.status).toBe('sent');
    expect(sentMessages(cloud, worker.openid)).toHaveLength(workerBefore + 2);

    const report = await cloud.ok(organizer.openid, 'notice', 'getDeliveryReport', { id: third });
    expect(report.publish.sent).toBeGreaterThanOrEqual(1);
    expect(report.publish.no_quota).toBeGreaterThanOrEqual(1);
    expect(report.queued).toBe(0);
  });

  it('records 43101 when WeChat has no quota our records thought was there, and keeps it spent', async () => {
    // The app recorded an accept WeChat never granted (e.g. the member later revoked it).
    await cloud.ok(worker2.openid, 'notice', 'recordSubscriptions', { accepted: ['notice'] });
    const recorded = await quotaOf(worker2.openid);
    expect(recorded).toBeGreaterThan(0);
    expect(cloud.host.openapi.quota(worker2.openid, NOTICE_TPL)).toBe(0);

    const id = await publishNotice(cloud, organizer.openid, {
      title: '被拒收',
      audience: { units: ['u-grass-2'], roles: [] },
    });
    expect(deliveryOf(id, worker2.openid)).toMatchObject({ status: 'refused', errCode: 43101 });
    expect(sentMessages(cloud, worker2.openid)).toHaveLength(0);
    expect(await quotaOf(worker2.openid)).toBe(recorded - 1);

    const report = await cloud.ok(organizer.openid, 'notice', 'getDeliveryReport', { id });
    expect(report.publish.refused).toBeGreaterThanOrEqual(1);
  });
});

describe('never twice', () => {
  it('a publish retried, even concurrently, sends one message per member', async () => {
    await acceptSubscription(cloud, worker.openid, 'notice', 3);
    await acceptSubscription(cloud, cadre.openid, 'notice', 3);
    const before = {
      worker: sentMessages(cloud, worker.openid).length,
      cadre: sentMessages(cloud, cadre.openid).length,
    };
    const id = await saveNotice(cloud, organizer.openid, {
      title: '重试发布',
      audience: { units: ['u-grass-1'], roles: [] },
    });

    const results = await Promise.all([1, 2, 3].map(() => cloud.ok(organizer.openid, 'notice', 'publish', { id })));
    expect(results.every((r) => r.state === 'live')).toBe(true);
    await cloud.ok(organizer.openid, 'notice', 'publish', { id });
    await drainQueue(cloud);
    await cloud.ok(organizer.openid, 'notice', 'publish', { id });
    await drainQueue(cloud);

    expect(sentMessages(cloud, worker.openid)).toHaveLength(before.worker + 1);
    expect(sentMessages(cloud, cadre.openid)).toHaveLength(before.cadre + 1);
    expect(await quotaOf(worker.openid)).toBe(2);
  });

  it('a page queued again (a run that died, a repeated queueing) skips members already handled', async () => {
    const id = await publishNotice(cloud, organizer.openid, {
      title: '重复入队',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    const sentBefore = cloud.host.openapi.outbox({ templateId: NOTICE_TPL }).length;
    const page = cloud
      .dump<{ _id: string; noticeId: string; openids: string[] }>('notice_queue')
      .find((p) => p.noticeId === id)!;
    // The same members again, under another page id, as if the queueing had run twice.
    await cloud.db.collection('notice_queue').add({
      data: {
        ...page,
        _id: `${page._id}-again`,
        status: 'queued',
        attempts: 0,
        leaseUntil: new Date(),
        createdAt: new Date(),
      },
    });
    const run = await cloud.host.fireTrigger('notice', 'drain');
    const out = (run as { result: { data: { sent: number; skipped: number } } }).result.data;
    expect(out.sent).toBe(0);
    expect(out.skipped).toBe(page.openids.length);
    expect(cloud.host.openapi.outbox({ templateId: NOTICE_TPL })).toHaveLength(sentBefore);
  });

  it('drops what is still queued when the notice is withdrawn', async () => {
    await acceptSubscription(cloud, worker.openid, 'notice');
    const before = sentMessages(cloud, worker.openid).length;
    const id = await saveNotice(cloud, organizer.openid, {
      title: '发出前撤回',
      audience: { units: ['u-grass-1'], roles: [] },
    });
    // Queue it by hand, withdraw, then let the drain find it.
    await cloud.db.collection('notice_queue').add({
      data: {
        _id: `${id}_0_manual`,
        noticeId: id,
        round: 0,
        openids: [worker.openid],
        size: 1,
        status: 'queued',
        leaseUntil: new Date(),
        attempts: 0,
        createdAt: new Date(),
      },
    });
    await cloud.ok(organizer.openid, 'notice', 'withdraw', { id });
    await drainQueue(cloud);
    expect(sentMessages(cloud, worker.openid)).toHaveLength(before);
    expect(
      cloud.dump<{ _id: string; status: string }>('notice_queue').find((p) => p._id === `${id}_0_manual`)?.status,
    ).toBe('cancelled');
  });
});
