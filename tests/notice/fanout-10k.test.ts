/**
 * A notice aimed at 10,000 members reaches every one of them through the send queue, and no function
 * run passes the notice function's 3 s timeout (the host enforces it): publish only queues and starts
 * a drain; each drain run stops taking pages after its budget and starts the next; the timer trigger
 * runs as well, as on WeChat. Every run is recorded, the chained ones too (their calls are seen where
 * the host hands them to the function). WeChat's send is slowed to 50 ms per message. Takes one to
 * three minutes here, depending on the machine's load.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import { recordInvocations, type InvocationRecord } from '../../bench/support/invocations';
import { PERSONAS } from '../../demo/union';
import type { Envelope } from '../../domain/contract/envelope';
import type { PublishOutput } from '../../domain/contract/notice';
import { NOTICE_TPL } from './support';

const N = 10_000;
const BULK = 'o-bulk-';

let cloud: TestCloud;
const openids = Array.from({ length: N }, (_, i) => `${BULK}${String(i).padStart(5, '0')}`);

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true, openapiLatencyMs: 50 });
  const members = cloud.db.collection('members');
  const subs = cloud.db.collection('subscriptions');
  const now = new Date();
  for (let i = 0; i < N; i += 250) {
    const batch = openids.slice(i, i + 250);
    await Promise.all(
      batch.flatMap((openid, j) => [
        members.add({
          data: {
            _id: openid,
            name: `职工${i + j}`,
            employeeNo: `QB${i + j}`,
            phone: '13900000000',
            unitId: 'u-grass-3',
            unitPath: ['u-branch', 'u-brigade-2', 'u-grass-3'],
            role: 'worker',
            status: 'verified',
            createdAt: now,
            updatedAt: now,
          },
        }),
        // Each accepted the new-notice template once: in our records and on WeChat's side.
        subs.add({ data: { _id: `${openid}_notice`, openid, kind: 'notice', count: 1, updatedAt: now } }),
      ]),
    );
    for (const openid of batch) cloud.host.openapi.grantSubscription(openid, NOTICE_TPL, 1);
  }
}, 300_000);

afterAll(async () => {
  await cloud.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('sends to all 10,000 aimed members exactly once, no run near its timeout', async () => {
  const log = recordInvocations(cloud.host);
  const runs: InvocationRecord[] = log.records;
  const { id } = await cloud.ok(PERSONAS.organizer2.openid, 'notice', 'save', {
    title: '修井一队冬季安全提示',
    category: '通知',
    blocks: [{ type: 'p', text: '请注意井场防滑。' }],
    audience: { units: ['u-grass-3'], roles: ['worker'] },
  });

  const started = Date.now();
  const pub = await log.invoke('notice', { action: 'publish', input: { id } }, PERSONAS.organizer2.openid);
  expect(pub.ok).toBe(true);
  const published = (pub as { result: Envelope<PublishOutput> }).result;
  // Publish queues what fits in its few seconds; the drain queues the rest.
  expect(published.ok && published.data.queued).toBeGreaterThan(0);

  const bulkSent = () =>
    cloud.host.openapi.outbox({ templateId: NOTICE_TPL, limit: 2 * N }).filter((m) => m.touser.startsWith(BULK));
  const open = () =>
    cloud.dump<{ status: string }>('notice_queue').filter((p) => p.status === 'queued' || p.status === 'running')
      .length;
  for (let tick = 0; tick < 400 && (bulkSent().length < N || open() > 0); tick++) {
    // The timer trigger, every few seconds here rather than every minute.
    if (tick % 10 === 9) {
      const r = await cloud.host.fireTrigger('notice', 'drain');
      runs.push({ name: 'notice', action: 'timer drain', ms: r.ms, ok: r.ok, errCode: r.ok ? undefined : r.errCode });
    }
    await sleep(500);
  }
  const wall = Date.now() - started;
  // Runs still closing their last page belong to the fan-out too.
  await sleep(300);

  const outbox = bulkSent();
  expect(outbox).toHaveLength(N);
  expect(new Set(outbox.map((m) => m.touser)).size).toBe(N);
  const deliveries = cloud
    .dump<{ noticeId: string; openid: string; status: string }>('notice_deliveries')
    .filter((d) => d.noticeId === id);
  const bulk = deliveries.filter((d) => d.openid.startsWith(BULK));
  expect(bulk).toHaveLength(N);
  expect(bulk.every((d) => d.status === 'sent')).toBe(true);
  // The demo union's own workers there never subscribed: recorded, not sent.
  expect(deliveries.filter((d) => !d.openid.startsWith(BULK)).every((d) => d.status === 'no_quota')).toBe(true);

  const drains = runs.filter((r) => r.action !== 'publish');
  console.log(
    `10k fan-out: ${wall} ms from publish to the last send; publish ${Math.round(pub.ms)} ms (${pub.dbRequests} db requests); ` +
      `${drains.length} drain runs (chained + timer): ${drains.map((r) => Math.round(r.ms)).join(', ')} ms`,
  );
  expect(drains.length).toBeGreaterThan(1);
  expect(runs.every((r) => r.ok)).toBe(true);
  // None timed out (-504003): each stopped taking pages in time and handed the rest on.
  expect(runs.filter((r) => !r.ok)).toEqual([]);
}, 400_000);
