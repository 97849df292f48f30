/**
 * Issue 18's rules on the main member pages, measured in the browser at phone size (375 px): type
 * sizes (body ≥ 17 px; 关怀模式 ≥ 18 px for every text, dialogs included), contrast ≥ 4.5:1 for
 * every visible text, nothing broken one character per line, tap targets ≥ 44 px (60 in 关怀模式),
 * no openid or token on screen; the tab bar; and tap counts for a member's core tasks. Screenshots
 * of each page in both modes go to tests/e2e/artifacts/ (README: "Screenshots").
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_EVENTS } from '../../demo/seed-events';
import { PERSONAS } from '../../demo/union';
import { ARTIFACTS, SMALL_PHONE, startApp, type App } from './support/app';
import { bodySize, readabilityProblems, smallText } from './support/rules';
import { createSinglePaper, Taps } from './support/taps';

let app: App;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The visible page's root (Taro H5 keeps earlier pages in the DOM, hidden). */
const visible = (page: Page) => page.locator('.taro_page:visible, .uh-screen:visible').last();

/** The member pages the rules are checked on, with what shows each is ready. */
const PAGES: { name: string; path: string; ready: string }[] = [
  { name: 'home', path: '/pages/home/index', ready: '.home__hello-name' },
  {
    name: 'event-detail',
    path: `/pages/event-detail/index?id=${DEMO_EVENTS.summer}`,
    ready: '.event-detail__places-left',
  },
  { name: 'notice-detail', path: '/pages/notice-detail/index?id=nt-demo-safety', ready: '.uh-notice-body' },
  { name: 'me', path: '/pages/me/index', ready: '.me__name' },
  { name: 'papers', path: '/pages/papers/index', ready: '.papers__card' },
  { name: 'events', path: '/pages/events/index', ready: '.events__card' },
  { name: 'notices', path: '/pages/notices/index', ready: '.notices__item' },
];

const setLargeText = (openid: string, on: boolean) =>
  app.local.host.invoke(
    'member',
    { action: 'updateProfile', input: { largeText: on } },
    { openid, source: 'wx_client' },
  );

describe.each([false, true])('readability (关怀模式 %s)', (care) => {
  beforeAll(async () => {
    // The saved choice follows the member: set it on the profile, as 我的 does.
    await setLargeText(PERSONAS.cadre.openid, care);
  });

  it.each(PAGES)('$name', async ({ name, path: pagePath, ready }) => {
    const page = await app.pageAs('cadre', pagePath, { viewport: SMALL_PHONE, care });
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ARTIFACTS, `ui-${name}${care ? '-care' : ''}.png`), fullPage: true });
    expect(await bodySize(page)).toBeGreaterThanOrEqual(care ? 21 : 17);
    expect(await readabilityProblems(page, care)).toEqual({});
    await page.context().close();
  });
});

test('the answer screen and its dialog keep the rules, 关怀模式 included', async () => {
  await setLargeText(PERSONAS.worker.openid, true);
  const page = await app.pageAs('worker', '/pages/paper-intro/index?id=p-demo-open', {
    viewport: SMALL_PHONE,
    care: true,
  });
  await page.getByText('开始答题').click();
  await page.locator('.study-paper-answer__stem').waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'ui-paper-answer-care.png'), fullPage: true });
  expect(await readabilityProblems(page, true)).toEqual({});
  // The hand-in dialog: H5 draws it in the page, and it enlarges too.
  await page
    .locator('.study-paper-answer__nav')
    .getByText(/答题卡/)
    .click();
  await page.getByText('提前交卷').click();
  await page.locator('.taro-modal__content').waitFor();
  expect(await smallText(page, 18)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'ui-dialog-care.png') });
  await page.getByText('再检查').click();
  await setLargeText(PERSONAS.worker.openid, false);
  await page.context().close();
});

test('the tab bar: five tabs, each one tap from anywhere, with the unread count', async () => {
  const page = await app.pageAs('worker', '/pages/home/index', { viewport: SMALL_PHONE });
  await page.locator('.home__hello-name').waitFor();
  const tabs = page.locator('.weui-tabbar__item');
  expect(await tabs.allInnerTexts()).toEqual([
    expect.stringContaining('首页'),
    expect.stringContaining('学习'),
    expect.stringContaining('活动'),
    expect.stringContaining('通知'),
    expect.stringContaining('我的'),
  ]);
  // Unread notices show on the 通知 tab.
  await tabs.nth(3).locator('.weui-badge').waitFor();
  expect(Number(await tabs.nth(3).locator('.weui-badge').innerText())).toBeGreaterThan(0);

  await tabs.nth(1).click();
  await visible(page).locator('.papers__card').first().waitFor();
  await tabs.nth(2).click();
  await visible(page).locator('.events__card').first().waitFor();
  await tabs.nth(3).click();
  await visible(page).locator('.notices__item').first().waitFor();
  await tabs.nth(4).click();
  await visible(page).locator('.me__name').waitFor();
  await tabs.nth(0).click();
  await visible(page).locator('.home__hello-name').waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'ui-tab-bar.png') });
});

test('an organizer sees waiting work on home, counted as the list it opens', async () => {
  const page = await app.pageAs('admin', '/pages/home/index', { viewport: SMALL_PHONE });
  const todo = page.locator('.home__todo');
  await todo.locator('.home__todo-row', { hasText: '注册待审核' }).waitFor({ timeout: 20_000 });
  const count = Number(
    (await todo.locator('.home__todo-row', { hasText: '注册待审核' }).locator('.uh-badge').innerText()).replace(
      /\D/g,
      '',
    ),
  );
  expect(count).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'ui-home-organizer.png') });
  await todo.locator('.home__todo-row', { hasText: '注册待审核' }).click();
  await visible(page).locator('.admin-approvals__pending').first().waitFor({ timeout: 20_000 });
  expect(await visible(page).locator('.admin-approvals__pending').count()).toBe(count);
});

describe('tap counts', () => {
  const counts: Record<string, number> = {};
  afterAll(() => {
    fs.writeFileSync(path.join(ARTIFACTS, 'tap-counts.json'), `${JSON.stringify(counts, null, 2)}\n`);
  });

  it('reads the newest notice from home in 1 tap', async () => {
    const page = await app.pageAs('worker2', '/pages/home/index', { viewport: SMALL_PHONE });
    const taps = new Taps(page);
    const first = page.locator('.home .uh-section', { hasText: '通知公告' }).locator('.uh-card').first();
    const title = (await first.locator('.uh-card__title').innerText()).trim();
    await taps.tap(first);
    await visible(page).locator('.uh-notice-body').waitFor();
    expect(await visible(page).innerText()).toContain(title.replace(/^置顶/, '').trim());
    counts['read the newest notice from home'] = taps.count;
    expect(taps.count).toBeLessThanOrEqual(1);
  });

  it('signs up for an open event with no form from home in ≤ 3 taps, then opens its check-in code in 1', async () => {
    const page = await app.pageAs('worker2', '/pages/home/index', { viewport: SMALL_PHONE });
    const taps = new Taps(page);
    await taps.tap(page.locator('.home .uh-card', { hasText: '采油一大队职工趣味运动会' }));
    await taps.tap(visible(page).locator('.event-detail__signup'));
    await visible(page).locator('.uh-reg-status').getByText('已确认').waitFor({ timeout: 15_000 });
    counts['sign up for an open event from home (no form)'] = taps.count;
    expect(taps.count).toBeLessThanOrEqual(3);

    // Back home, the card carries the code: one tap.
    await page.goto(`${app.url}/#/pages/home/index`);
    const code = new Taps(page);
    await code.tap(page.locator('.home .uh-card', { hasText: '采油一大队职工趣味运动会' }).getByText('出示签到码'));
    await visible(page).locator('.checkin-code__qr-run').first().waitFor({ timeout: 15_000 });
    counts['open my check-in code from home'] = code.count;
    expect(code.count).toBe(1);
    // The code screen shows the QR, not the signed text under it.
    expect(await visible(page).innerText()).not.toMatch(/UH1\./);
  });

  it('answers a 20-question single-choice paper in ≤ 22 taps, auto-advancing', async () => {
    const paperId = await createSinglePaper(app, 20);
    const page = await app.pageAs('worker2', `/pages/paper-intro/index?id=${paperId}`, { viewport: SMALL_PHONE });
    await page.getByText('开始答题').click();
    await page.locator('.study-paper-answer__stem').waitFor();
    const taps = new Taps(page);
    for (let i = 1; i <= 20; i++) {
      await page.locator('.study-paper-answer__progress', { hasText: `第${i}/20题` }).waitFor();
      await taps.tap(page.locator('.uh-choice').first());
    }
    // The last answer does not advance: its button is the one 交卷.
    expect(await page.locator('.study-paper-answer__nav .uh-btn', { hasText: /^交卷$/ }).count()).toBe(1);
    expect(await page.getByText('提前交卷').count()).toBe(0);
    await taps.tap(page.locator('.study-paper-answer__nav .uh-btn', { hasText: /^交卷$/ }));
    await page.getByText('已全部作答。交卷后不能修改。').waitFor();
    await taps.tap(page.locator('.taro-modal__foot').getByText('交卷'));
    await page.locator('.study-paper-result__score').waitFor({ timeout: 15_000 });
    counts['answer a 20-question single-choice paper (from its first question)'] = taps.count;
    expect(taps.count).toBeLessThanOrEqual(22);
  });
});
