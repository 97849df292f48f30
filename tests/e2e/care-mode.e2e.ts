/**
 * 关怀模式 on the H5 build: turning it on in 我的 really enlarges the text (computed font-size of a
 * text element before and after), is saved to the member's profile, and survives a reload.
 * Screenshots of both states go to tests/e2e/artifacts/.
 */
import path from 'node:path';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { ARTIFACTS, startApp, type App } from './support/app';
import { PERSONAS } from '../../demo/union';

let app: App;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Polls until the check passes (the save runs after the switch has already changed the page). */
async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('large text is visibly larger, saved, and back to normal when turned off', async () => {
  const page = await app.pageAs('worker', '/pages/me/index');
  await page.getByText('关怀模式').waitFor();
  const before = { title: await fontSize(page, '.me__name'), body: await fontSize(page, '.me__link') };
  await page.screenshot({ path: path.join(ARTIFACTS, 'care-mode-off.png'), fullPage: true });

  await page.locator('.me__care-switch').click();
  await page.waitForFunction(() => document.querySelector('.uh-screen')?.classList.contains('uh-care'));
  const after = { title: await fontSize(page, '.me__name'), body: await fontSize(page, '.me__link') };
  await page.screenshot({ path: path.join(ARTIFACTS, 'care-mode-on.png'), fullPage: true });
  expect(after.title).toBeGreaterThan(before.title * 1.15);
  expect(after.body).toBeGreaterThan(before.body * 1.15);

  // Saved to the profile: a fresh browser (a new phone, no local setting) shows large text too.
  await until(async () => {
    const res = await app.local.host.invoke(
      'member',
      { action: 'getMe', input: {} },
      { openid: PERSONAS.worker.openid, source: 'wx_client' },
    );
    return res.ok && (res.result as { data: { member: { largeText: boolean } } }).data.member.largeText;
  });
  const fresh = await app.pageAs('worker', '/pages/me/index');
  await fresh.getByText('关怀模式').waitFor();
  await fresh.waitForFunction(() => document.querySelector('.uh-screen')?.classList.contains('uh-care'));
  expect(await fontSize(fresh, '.me__name')).toBeCloseTo(after.title, 0);

  // Every page follows: the home page renders large as well.
  await fresh.goto(`${app.url}/#/pages/home/index`);
  await fresh.locator('.home__hello-name').waitFor();
  expect(
    await fresh
      .locator('.uh-screen')
      .first()
      .evaluate((el) => el.classList.contains('uh-care')),
  ).toBe(true);

  // Off again.
  await page.locator('.me__care-switch').click();
  await page.waitForFunction(() => !document.querySelector('.uh-screen')?.classList.contains('uh-care'));
  expect(await fontSize(page, '.me__name')).toBeCloseTo(before.title, 0);
});
