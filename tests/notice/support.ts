/**
 * Helpers for the notice tests: what an organizer's compose page would save, granting subscription
 * quota the way the phone does (WeChat-side accept + recordSubscriptions), and waiting for the send
 * queue to empty (the drain chain a publish starts runs on its own, as on WeChat).
 */
import type { Input } from '../../domain/contract';
import { TEMPLATES, type MessageKind } from '../../domain/templates';
import type { TestCloud } from '../support/cloud';

export const NOTICE_TPL = TEMPLATES.notice.templateId;

type SaveInput = Input<'notice', 'save'>;

export function noticeInput(overrides: Partial<SaveInput> = {}): SaveInput {
  return {
    title: '关于开展安全月活动的通知',
    category: '通知',
    blocks: [{ type: 'p', text: '请各单位按要求组织开展安全月活动。' }],
    audience: { units: ['u-brigade-1'], roles: [] },
    ...overrides,
  };
}

/** Saves a notice as `openid` and returns its id (not published). */
export async function saveNotice(
  cloud: TestCloud,
  openid: string,
  overrides: Partial<SaveInput> = {},
): Promise<string> {
  return (await cloud.ok(openid, 'notice', 'save', noticeInput(overrides))).id;
}

/** Saves and publishes, then waits until every queued message has been handled. */
export async function publishNotice(
  cloud: TestCloud,
  openid: string,
  overrides: Partial<SaveInput> = {},
): Promise<string> {
  const id = await saveNotice(cloud, openid, overrides);
  await cloud.ok(openid, 'notice', 'publish', { id });
  await drainQueue(cloud);
  return id;
}

/** The member taps "allow" for `kind` (WeChat grants one send) and the app records it. */
export async function acceptSubscription(
  cloud: TestCloud,
  openid: string,
  kind: MessageKind = 'notice',
  times = 1,
): Promise<void> {
  for (let i = 0; i < times; i++) {
    cloud.host.openapi.grantSubscription(openid, TEMPLATES[kind].templateId, 1);
    await cloud.ok(openid, 'notice', 'recordSubscriptions', { accepted: [kind] });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs the timer's drain until no page is queued or running. Background runs (the chain a publish
 * starts) may hold a page meanwhile, so it also waits for those.
 */
export async function drainQueue(cloud: TestCloud, maxMs = 30_000): Promise<void> {
  const until = Date.now() + maxMs;
  for (;;) {
    const r = await cloud.host.fireTrigger('notice', 'drain');
    if (!r.ok) throw new Error(`drain failed: ${r.errCode} ${r.errMsg}`);
    const env = r.result as { ok: boolean; error?: unknown };
    if (!env.ok) throw new Error(`drain refused: ${JSON.stringify(env.error)}`);
    const open = cloud
      .dump<{ status: string }>('notice_queue')
      .filter((p) => p.status === 'queued' || p.status === 'running');
    if (open.length === 0) return;
    if (Date.now() > until) throw new Error(`queue did not empty: ${open.length} pages left`);
    await sleep(50);
  }
}

/** Subscription messages WeChat accepted for delivery to one member (the emulator's outbox). */
export const sentMessages = (cloud: TestCloud, openid: string, templateId = NOTICE_TPL) =>
  cloud.host.openapi.outbox({ touser: openid, templateId });
