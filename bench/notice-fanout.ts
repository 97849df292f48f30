/**
 * Notice fan-out: an admin publishes a notice to the whole union with 10,000 members who each
 * hold one new-notice subscription, every emulated send taking 50 ms. Measures the time until the
 * last message is sent and every invocation on the way (publish and the drain runs it starts, and
 * those they start), against the notice function's timeout from its config.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { atMost, exactly, info, round, type Benchmark, type Figure } from './figure';
import { startBenchLocal } from './support/local';
import { createMembers } from './support/members';
import { okInvoke } from './support/invoke';
import { recordInvocations } from './support/invocations';
import { DIST } from './support/paths';
import { PERSONAS } from '../demo/union';
import { templateIdOf } from '../domain/templates';
import type { SubscriptionDoc } from '../server/lib/subscriptions';
import type { SeedDb } from '../demo/db';
import type { CloudHost } from '../emulator';

export const MEMBERS = 10_000;
export const SEND_LATENCY_MS = 50;
/** Give up waiting for the queue after this long (the run reports what it saw). */
const WAIT_LIMIT_MS = 110_000;
const POLL_MS = 250;

/** Each member accepted the new-notice template once: WeChat's side (the host) and ours (subscriptions). */
async function grantNoticeQuota(host: CloudHost, db: SeedDb, openids: string[]): Promise<void> {
  const templateId = templateIdOf('notice');
  const now = new Date();
  const col = db.collection('subscriptions');
  for (let i = 0; i < openids.length; i += 100) {
    await Promise.all(
      openids.slice(i, i + 100).map((openid) => {
        host.openapi.grantSubscription(openid, templateId, 1);
        const doc: Omit<SubscriptionDoc, '_id'> = { openid, kind: 'notice', count: 1, updatedAt: now };
        return col.doc(`${openid}_notice`).set({ data: doc }) as Promise<unknown>;
      }),
    );
  }
}

function timeoutSeconds(): number {
  const config = JSON.parse(fs.readFileSync(path.join(DIST, 'cloudfunctions', 'notice', 'config.json'), 'utf8')) as {
    timeout?: number;
  };
  return config.timeout ?? 3;
}

export const bench: Benchmark = async () => {
  const local = await startBenchLocal({ openapiLatencyMs: SEND_LATENCY_MS });
  const admin = PERSONAS.admin.openid;
  try {
    const openids = await createMembers(local.db, 'fan', MEMBERS);
    await grantNoticeQuota(local.host, local.db, openids);
    const { id } = await okInvoke(local.host, admin, 'notice', 'save', {
      title: '关于开展冬送温暖慰问活动的通知',
      category: '通知',
      blocks: [{ type: 'p', text: '各基层工会：为做好今年冬送温暖工作，现将有关事项通知如下。' }],
      audience: { units: ['u-branch'], roles: [] },
      pinned: false,
      publishAt: null,
      link: null,
    });
    const log = recordInvocations(local.host);

    const started = performance.now();
    const published = await log.invoke('notice', { action: 'publish', input: { id } }, admin);
    if (!published.ok) throw new Error(`publish failed: ${published.errCode} ${published.errMsg}`);
    let report = await okInvoke(local.host, admin, 'notice', 'getDeliveryReport', { id });
    while (
      (report.queued > 0 || report.publish.sending > 0 || report.publish.sent < MEMBERS) &&
      performance.now() - started < WAIT_LIMIT_MS
    ) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      report = await okInvoke(local.host, admin, 'notice', 'getDeliveryReport', { id });
    }
    const totalS = round((performance.now() - started) / 1000, 1);
    // Drain runs still finishing their last page are part of the fan-out too.
    await new Promise((r) => setTimeout(r, 500));

    const limitMs = timeoutSeconds() * 1000;
    const runs = log.records.filter((r) => r.name === 'notice');
    const longest = runs.reduce((m, r) => Math.max(m, r.ms), 0);
    const failed = runs.filter((r) => !r.ok);
    const outbox = local.host.openapi.outbox({ templateId: templateIdOf('notice'), limit: MEMBERS * 2 }).length;
    const counts = report.publish;
    return [
      info(
        'notice fan-out: setup',
        `${MEMBERS.toLocaleString('en-US')} members`,
        '',
        `${SEND_LATENCY_MS} ms per subscription send, each member with one quota`,
      ),
      info('notice fan-out: total time', totalS, 's', `publish to last send; queue ${report.queued} left`),
      exactly(
        'notice fan-out: messages sent',
        counts.sent,
        'members',
        MEMBERS,
        `no quota ${counts.no_quota}, refused ${counts.refused}, error ${counts.error}; outbox ${outbox}`,
      ),
      atMost(
        'notice fan-out: longest invocation',
        round(longest),
        'ms',
        limitMs,
        `${runs.length} invocations (${runs
          .map((r) => r.action)
          .filter((a, i, all) => all.indexOf(a) === i)
          .join(', ')}), timeout ${limitMs / 1000} s`,
      ),
      atMost(
        'notice fan-out: failed invocations',
        failed.length,
        'invocations',
        0,
        failed.length
          ? failed
              .slice(0, 3)
              .map((r) => `${r.action} ${r.errCode}`)
              .join(', ')
          : undefined,
      ),
      info('notice fan-out: publish call', round(published.ms), 'ms'),
    ] satisfies Figure[];
  } finally {
    await local.close();
  }
};
