/**
 * 职工心声 end to end, as people use it, with the server's clock set to a June week (time moved in the
 * test, only Date): a worker sends an anonymous request from home, the grassroots union's organizer
 * answers it the same day (seeing only 匿名职工), the worker rates it, and the dashboard shows it
 * answered on time; a second request nobody answers has gone to the brigade when the week moves on.
 */
import path from 'node:path';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { VOICE_PERSONAS } from '../../demo/seed-voice';
import { setClock } from '../support/cloud';
import { ARTIFACTS, shown, startApp, type App } from './support/app';

let app: App;
const at = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const FIRST = `夜班食堂只剩冷饭冷菜，希望保留一个热饭窗口${Date.now() % 1000}`;
const SECOND = `更衣室热水器坏了两周，洗不上热水澡${Date.now() % 1000}`;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
  // Monday 8 June 2026, 09:00 China time: a plain working week (端午 is the next one).
  setClock(at('2026-06-08 09:00'));
});
afterAll(async () => {
  jest.useRealTimers();
  await app?.close();
});

/** Taro's H5 keeps earlier pages in the DOM, hidden: look only at the page on screen. */

async function send(page: Page, text: string, anonymous: boolean) {
  await page.goto(`${app.url}/#/pages/home/index`);
  await shown(page).locator('.home__voice-door', { hasText: '我要反映' }).click();
  const form = shown(page);
  await form.getByText('承诺3个工作日内首次答复', { exact: false }).waitFor();
  await form.locator('.voice-parts__chip', { hasText: '食堂后勤' }).click();
  await form.locator('.voice-new__text textarea').fill(text);
  if (anonymous) await form.locator('.voice-new__anonymous').click();
  if (anonymous) await form.getByText('工会工作人员在任何页面和导出中都看不到您是谁', { exact: false }).waitFor();
  await form.locator('.voice-new__submit').click();
  await shown(page).getByText('办理经过').waitFor();
}

it('anonymous request → same-day answer → rated → answered on time; an unanswered one escalates', async () => {
  // 1. The worker sends an anonymous request from the home page.
  const worker = await app.pageAs('worker');
  await send(worker, FIRST, true);
  const detail = shown(worker);
  await detail.getByText('承诺3个工作日内答复（2026年6月11日前）', { exact: false }).waitFor();
  await detail.getByText('匿名', { exact: true }).waitFor();

  // 2. The grassroots organizer finds it in the queue (writer: 匿名职工) and answers.
  const org = await app.pageAs(VOICE_PERSONAS[0].openid, '/packages/voice-admin/queue/index');
  const row = shown(org).locator('.voice-admin-queue__row', { hasText: FIRST });
  await row.waitFor();
  await row.getByText('匿名职工', { exact: false }).waitFor();
  await row.click();
  // The request page, not the queue behind it (which lists named requests too).
  await shown(org).locator('.voice-admin-request__actions-text').waitFor();
  const handle = shown(org);
  await handle.getByText(FIRST).waitFor();
  expect(await handle.getByText('刘芳').count()).toBe(0);
  await handle
    .locator('.voice-admin-request__actions-text textarea')
    .fill('已与食堂商定，夜班保留一个热饭窗口，下周一起执行。');
  await handle.locator('.voice-admin-request__actions-reply').click();
  await handle.locator('.voice-parts__timeline-label', { hasText: '已答复' }).waitFor();
  await handle.getByText('已按时答复', { exact: false }).waitFor();

  // 3. The worker sees the answer and rates it.
  await worker.reload();
  const mine = shown(worker);
  await mine.getByText('已与食堂商定，夜班保留一个热饭窗口', { exact: false }).waitFor();
  await mine.getByText('已在承诺时间内答复', { exact: false }).waitFor();
  await mine.locator('.voice-detail__actions-rate .voice-parts__chip', { hasText: /^满意$/ }).click();
  await mine.locator('.voice-detail__actions-submit-rating').click();
  await mine.getByText('已评价：满意').waitFor();
  await worker.screenshot({ path: path.join(ARTIFACTS, 'voice-rated.png') });

  // 4. The dashboard (this month, June) shows it answered on time and rated.
  await org.goto(`${app.url}/#/packages/voice-admin/dashboard/index`);
  const board = shown(org);
  await board.locator('.voice-admin-dashboard .uh-title', { hasText: '2026年6月' }).waitFor();
  await board.locator('.voice-admin-dashboard__on-time .voice-admin-stat__value', { hasText: '100%' }).waitFor();
  await board.locator('.voice-admin-stat', { hasText: '满意率' }).getByText('100%').waitFor();
  await board.locator('.voice-admin-bar', { hasText: '食堂后勤' }).waitFor();
  await org.screenshot({ path: path.join(ARTIFACTS, 'voice-dashboard.png') });

  // 5. A second request nobody answers: by Friday the grassroots union's 3 days have run out.
  await send(worker, SECOND, false);
  await shown(worker).getByText('采油一队工会办理中', { exact: false }).waitFor();
  setClock(at('2026-06-12 10:00'));
  await worker.reload();
  await shown(worker).getByText('已超过承诺时间，现由采油一大队督办', { exact: false }).waitFor();
  await shown(worker).locator('.voice-parts__timeline-label', { hasText: '已转采油一大队督办' }).waitFor();
  const brigade = await app.pageAs('organizer', '/packages/voice-admin/queue/index');
  const late = shown(brigade).locator('.voice-admin-queue__row', { hasText: SECOND });
  await late.getByText('督办').waitFor();
  await brigade.screenshot({ path: path.join(ARTIFACTS, 'voice-escalated.png') });
});
