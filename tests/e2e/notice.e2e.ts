/**
 * A notice end to end, as people use it: a worker subscribes to new-notice messages, an organizer
 * writes and publishes a notice aimed at that worker's grassroots union, the worker sees it unread,
 * opens it, and the organizer's read report counts them; WeChat's outbox (the local stand-in) holds
 * the subscription message.
 */
import type { Page } from 'playwright-core';
import { PERSONAS } from '../../demo/union';
import { TEMPLATES } from '../../domain/templates';
import { startApp, type App } from './support/app';

let app: App;
const TITLE = `二队冬季用电安全提醒${Date.now() % 1000}`;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const outbox = async (touser: string) =>
  (await (
    await fetch(`${app.url}/api/dev/outbox?touser=${touser}&templateId=${TEMPLATES.notice.templateId}`)
  ).json()) as {
    page: string;
    data: Record<string, { value: string }>;
  }[];

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function confirmModal(page: Page) {
  await page.getByText('确定', { exact: true }).last().click();
}

it('publishes to one grassroots union, is read there, shows in the report and the outbox', async () => {
  // 1. The worker (采油二队) subscribes to new-notice messages on the subscriptions page.
  const worker = await app.pageAs('worker2', '/packages/member/subscriptions/index');
  await worker.getByText('新通知提醒', { exact: true }).waitFor();
  await worker.getByText(/订阅所选提醒/).click();
  await worker.locator('.member-subscriptions__kind', { hasText: '新通知提醒' }).getByText('还可提醒 1 次').waitFor();

  // 2. The organizer writes the notice, aims it at 采油二队工会 and publishes it.
  const organizer = await app.pageAs('organizer', '/packages/notice-admin/compose/index');
  await organizer.locator('.notice-admin-compose__title input').waitFor();
  await organizer.locator('.notice-admin-compose__title input').fill(TITLE);
  await organizer
    .locator('.notice-admin-compose__para textarea')
    .first()
    .fill('天气转冷，宿舍严禁使用大功率电器，请各班组自查。');
  await organizer.locator('.notice-admin-compose__unit', { hasText: '采油二队工会' }).click();
  await organizer.getByText('预览').click();
  await organizer.getByText('天气转冷，宿舍严禁使用大功率电器，请各班组自查。').waitFor();
  await organizer.getByText('返回编辑').click();
  await organizer
    .getByRole('button', { name: '发布' })
    .or(organizer.locator('.uh-btn', { hasText: /^发布$/ }))
    .first()
    .click();
  await organizer.getByText(/发送给：采油二队工会/).waitFor();
  await confirmModal(organizer);
  await organizer.getByText('阅读情况').waitFor({ timeout: 20_000 });
  await organizer.getByText(/0 \/ \d+ 人已读/).waitFor();

  // 3. The worker sees it unread, opens it, and it is marked read.
  await worker.goto(`${app.url}/#/pages/notices/index`);
  const card = worker.locator('.notices__item', { hasText: TITLE });
  await card.waitFor();
  await card.getByText('未读').waitFor();
  await card.click();
  // Scoped to the detail's body: H5 keeps the list (whose card shows the same words) in the DOM.
  await worker.locator('.uh-notice-body').getByText('天气转冷，宿舍严禁使用大功率电器，请各班组自查。').waitFor();
  await worker.getByText('已记录您的阅读').waitFor();
  await worker.goto(`${app.url}/#/pages/notices/index`);
  // A fresh load: H5 keeps earlier page instances (hidden) in the DOM, and only the server's answer counts here.
  await worker.reload();
  await worker.locator('.notices__item.notices__item--read', { hasText: TITLE }).waitFor();

  // 4. Someone in the same union who has not subscribed sees it too; someone elsewhere does not.
  const elsewhere = await app.pageAs('worker', '/pages/notices/index');
  await elsewhere.locator('.notices__item').first().waitFor();
  expect(await elsewhere.getByText(TITLE).count()).toBe(0);

  // 5. The organizer's report counts the read, by unit, and the reader is off the unread list.
  await organizer.reload();
  await organizer.getByText(/1 \/ \d+ 人已读/).waitFor({ timeout: 20_000 });
  await organizer.locator('.notice-admin-report__unit', { hasText: '采油二队工会' }).getByText(/^1\//).waitFor();
  await organizer.getByText('未读名单').click();
  await organizer.getByText(/未读 \d+ 人/).waitFor();
  expect(await organizer.locator('.notice-admin-report__member', { hasText: PERSONAS.worker2.name }).count()).toBe(0);
  await organizer.getByText('微信提醒').click();
  await organizer.locator('.notice-admin-report__stat', { hasText: '已送达' }).getByText('1').waitFor();

  // 6. WeChat accepted the subscription message for the worker, opening the notice.
  const sent = await until(
    () => outbox(PERSONAS.worker2.openid),
    (rows) => rows.length > 0,
  );
  expect(sent).toHaveLength(1);
  expect(sent[0].data.thing1.value).toBe(TITLE);
  expect(sent[0].page).toMatch(/^pages\/notice-detail\/index\?id=/);
});
