/**
 * No lost work in the organizer's editors: what is on screen when 发布 is tapped is what gets
 * published, even when it was changed after 保存草稿 (the place `职工之家二楼（阅览室）` once went
 * out as `职工之家二楼`; a title lost its `（第二版）`), and publishing first shows a summary.
 */
import type { Page } from 'playwright-core';
import { startApp, type App } from './support/app';

let app: App;

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const field = (page: Page, label: string) =>
  page.locator('.uh-field', { hasText: label }).locator('input, textarea').first();

async function eventually(check: () => void | Promise<void>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

type Doc = { _id: string; title: string; place?: string; status: string };

test('the event editor publishes what is on screen, after confirming with a summary', async () => {
  const events = () => app.local.host.engine.dump('events') as unknown as Doc[];
  const page = await app.pageAs('organizer', '/packages/event-admin/edit/index');
  await field(page, '活动名称').waitFor({ timeout: 20_000 });
  await field(page, '活动名称').fill('职工读书分享会');
  await field(page, '活动地点').fill('职工之家二楼');
  await page.getByText('保存草稿').click();
  await eventually(() => expect(events().find((e) => e.title === '职工读书分享会')?.status).toBe('draft'));

  // Edited after the draft was saved, then published straight away.
  await field(page, '活动名称').fill('职工读书分享会（第二版）');
  await field(page, '活动地点').fill('职工之家二楼（阅览室）');
  await page.getByText('有未保存的修改').waitFor();
  // The button says what it will do: save what is on screen, then publish.
  await page.locator('.event-admin-edit__publish', { hasText: '保存并发布' }).click();
  const dialog = page.locator('.taro-modal__content');
  await dialog.getByText(/地点：职工之家二楼（阅览室）/).waitFor();
  await dialog.getByText(/职工读书分享会（第二版）/).waitFor();
  await page.locator('.taro-modal__foot').getByText('发布').click();

  await eventually(() =>
    expect(events().find((e) => e.title === '职工读书分享会（第二版）')).toMatchObject({
      status: 'published',
      place: '职工之家二楼（阅览室）',
    }),
  );
  expect(events().filter((e) => e.title.startsWith('职工读书分享会'))).toHaveLength(1);
  await page.getByText('已发布').first().waitFor();
  expect(await page.getByText('有未保存的修改').count()).toBe(0);
});

test('cancelling the publish dialog publishes nothing', async () => {
  const events = () => app.local.host.engine.dump('events') as unknown as Doc[];
  const page = await app.pageAs('organizer', '/packages/event-admin/edit/index');
  await field(page, '活动名称').waitFor({ timeout: 20_000 });
  await field(page, '活动名称').fill('不发布的活动');
  await field(page, '活动地点').fill('会议室');
  await page.locator('.event-admin-edit__publish').click();
  await page.locator('.taro-modal__content').waitFor();
  await page.locator('.taro-modal__foot').getByText('取消').click();
  await page.waitForTimeout(500);
  expect(events().find((e) => e.title === '不发布的活动')).toBeUndefined();
});

test('the paper editor publishes what is on screen, after confirming with a summary', async () => {
  const papers = () => app.local.host.engine.dump('quiz_papers') as unknown as Doc[];
  const page = await app.pageAs('admin', '/packages/quiz-admin/paper/index');
  await field(page, '试卷标题').waitFor({ timeout: 20_000 });
  await field(page, '试卷标题').fill('安全生产法知识测试');
  await page.getByText('保存草稿').click();
  await eventually(() => expect(papers().find((p) => p.title === '安全生产法知识测试')?.status).toBe('draft'));

  await field(page, '试卷标题').fill('安全生产法知识测试（第二版）');
  await page.getByText('有未保存的修改').waitFor();
  await page.getByText('发布', { exact: true }).click();
  await page
    .locator('.taro-modal__content')
    .getByText(/安全生产法知识测试（第二版）/)
    .waitFor();
  await page.locator('.taro-modal__foot').getByText('发布').click();

  await eventually(() =>
    expect(papers().find((p) => p.title === '安全生产法知识测试（第二版）')?.status).toBe('published'),
  );
  expect(papers().filter((p) => p.title.startsWith('安全生产法知识测试'))).toHaveLength(1);
});
