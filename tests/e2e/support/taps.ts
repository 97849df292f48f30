/**
 * Counting a member's taps in a browser test: every tap goes through `tap`, so the count is what
 * the member did, not what the test looked at. And a single-choice paper for tap-count tests.
 */
import type { Locator, Page } from 'playwright-core';
import type { Envelope } from '../../../domain/contract/envelope';
import { PERSONAS } from '../../../demo/union';
import type { App } from './app';

export class Taps {
  count = 0;
  constructor(readonly page: Page) {}

  async tap(target: Locator): Promise<void> {
    await target.click();
    this.count += 1;
  }
}

const DAY = 24 * 3600_000;

/** Publishes a paper of `n` single-choice questions for the whole union, as the demo admin; returns its id. */
export async function createSinglePaper(app: App, n: number): Promise<string> {
  const admin = { openid: PERSONAS.admin.openid, source: 'wx_client' as const };
  const now = Date.now();
  const paper = {
    title: `单选题练兵（${n}题）`,
    audienceUnits: ['u-branch'],
    draw: { mode: 'random', quotas: [{ category: '法律法规', type: 'single', count: n }] },
    points: { single: 5, multiple: 5, judge: 5 },
    passScore: 60,
    timeLimitMinutes: 30,
    opensAt: now - 60_000,
    closesAt: now + 7 * DAY,
    maxAttemptsTotal: null,
    maxAttemptsPerDay: null,
    counts: 'best',
  };
  const call = async <T>(action: string, input: unknown): Promise<T> => {
    const res = await app.local.host.invoke('quizAdmin', { action, input }, admin);
    if (!res.ok) throw new Error(`${action} failed: ${res.errMsg}`);
    const env = res.result as Envelope<T>;
    if (!env.ok) throw new Error(`${action} refused: ${env.error.code} ${env.error.message}`);
    return env.data;
  };
  const saved = await call<{ id: string }>('savePaper', { paper, withCertificate: false });
  await call('publishPaper', { paperId: saved.id });
  return saved.id;
}
