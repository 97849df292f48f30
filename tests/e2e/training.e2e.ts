/**
 * Study hours in the browser: a cadre opens 学习 → 我的学时, reads a lesson to the end (its minimum
 * time is short for the test: ten seconds, counted on the server), and sees the hours rise; the
 * brigade's organizer sees the cadre's grassroots union's completion change; the cadre downloads
 * the certificate of hours, and its code verifies for someone else.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PERSONAS } from '../../demo/union';
import type { Envelope } from '../../domain/contract/envelope';
import { ARTIFACTS, startApp, type App } from './support/app';

let app: App;
const TITLE = '班组长安全生产责任（测试课）';

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function api<T>(fn: string, action: string, input: unknown, openid: string): Promise<T> {
  const res = await app.local.host.invoke(fn, { action, input }, { openid, source: 'wx_client' });
  if (!res.ok) throw new Error(res.errMsg);
  const env = res.result as Envelope<T>;
  if (!env.ok) throw new Error(`${action}: ${env.error.code} ${env.error.message}`);
  return env.data;
}

/** The organizer's figure for 采油一队工会: hours counted towards the plan. */
async function countedAt(org: Page): Promise<number> {
  const meta =
    (await org
      .locator('.training-admin-unit:visible', { hasText: '采油一队工会' })
      .locator('.uh-card__meta')
      .textContent()) ?? '';
  const m = /已修([\d.]+)\//.exec(meta);
  if (!m) throw new Error(`no figure in "${meta}"`);
  return Number(m[1]);
}

const number = async (page: Page, selector: string) =>
  Number((await page.locator(selector).first().textContent())?.trim());

test('a cadre reads a lesson to the end, the hours rise, the unit’s completion changes, the certificate verifies', async () => {
  // The brigade's organizer publishes a short lesson for the brigade.
  const saved = await api<{ id: string }>(
    'trainingAdmin',
    'saveLesson',
    {
      lesson: {
        title: TITLE,
        summary: '安全生产法第四十四条',
        credit: { subject: 'law', hours: 1 },
        minSeconds: 10,
        format: 'text',
        blocks: [
          {
            type: 'p',
            text: '《中华人民共和国安全生产法》（2021年修正）第四十四条第一款：生产经营单位应当教育和督促从业人员严格执行本单位的安全生产规章制度和安全操作规程；并向从业人员如实告知作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施。',
          },
          { type: 'p', text: '班组长每班交底时，把本岗位的危险因素、防范措施和应急措施讲清楚。' },
        ],
        audienceUnits: ['u-brigade-1'],
        audienceRoles: [],
      },
    },
    PERSONAS.organizer.openid,
  );
  await api('trainingAdmin', 'setLessonStatus', { lessonId: saved.id, status: 'published' }, PERSONAS.organizer.openid);

  const org = await app.pageAs('organizer', '/packages/training-admin/hub/index');
  await org.locator('.training-admin-unit', { hasText: '采油一队工会' }).waitFor({ timeout: 20_000 });
  const before = await countedAt(org);

  // 学习 → 我的学时.
  const cadre = await app.pageAs('cadre', '/pages/papers/index');
  await cadre.getByText('我的学时').click();
  await cadre.locator('.training-progress__earned').waitFor({ timeout: 20_000 });
  const earnedBefore = await number(cadre, '.training-progress__earned:visible');
  expect(await cadre.locator('.training-bar--law .training-bar__figure').textContent()).toMatch(/^0 \/ 8/);
  await cadre.screenshot({ path: path.join(ARTIFACTS, 'training-progress.png'), fullPage: true });

  // The lesson: the finish waits for the server's minimum time, at the end of the text.
  await cadre.locator('.training-progress__lesson-card', { hasText: TITLE }).click();
  const finish = cadre.locator('.training-reader__finish');
  await finish.waitFor();
  expect(await finish.textContent()).toMatch(/^还需学习 0:(0\d|10)$/);
  await finish.scrollIntoViewIfNeeded();
  await cadre.locator('.training-reader__finish', { hasText: '完成学习' }).waitFor({ timeout: 20_000 });
  await finish.click();
  await cadre.locator('.training-reader__done').waitFor();
  await cadre.screenshot({ path: path.join(ARTIFACTS, 'training-lesson.png'), fullPage: true });

  // Back on 我的学时: one more hour of law.
  await cadre.goBack();
  await eventually(
    async () => expect(await number(cadre, '.training-progress__earned:visible')).toBe(earnedBefore + 1),
    10_000,
  );
  expect(await cadre.locator('.training-bar--law .training-bar__figure').first().textContent()).toMatch(/^1 \/ 8/);
  await cadre.locator('.training-entry', { hasText: TITLE }).waitFor();

  // The organizer sees the unit's completion change.
  await org.reload();
  await org.locator('.training-admin-unit', { hasText: '采油一队工会' }).waitFor({ timeout: 20_000 });
  expect(await countedAt(org)).toBe(before + 1);
  await org.screenshot({ path: path.join(ARTIFACTS, 'training-hub.png'), fullPage: true });

  // The certificate: drawn, downloaded, its code checked by someone else.
  await cadre.getByText('学时证明').click();
  await cadre.locator('.study-certificate__image').waitFor({ timeout: 20_000 });
  const codeLine = (await cadre.locator('.study-hours-certificate__code').textContent()) ?? '';
  const code = /([2-9A-Z]{4}-[2-9A-Z]{4})/.exec(codeLine)?.[1];
  expect(code).toBeDefined();
  const [download] = await Promise.all([cadre.waitForEvent('download'), cadre.getByText('下载证书图片').click()]);
  expect(download.suggestedFilename()).toMatch(/^学时证明-\d{4}\.png$/);
  expect(fs.statSync((await download.path())!).size).toBeGreaterThan(10_000);
  await cadre.screenshot({ path: path.join(ARTIFACTS, 'training-certificate.png'), fullPage: true });

  const checker = await app.pageAs('worker2', '/packages/training/verify/index');
  await checker.locator('.training-verify__input input').fill(code!.toLowerCase());
  await checker.getByText('查验', { exact: true }).click();
  const result = checker.locator('.training-verify__result');
  await result.waitFor();
  expect(await result.textContent()).toContain('张* · 采油一队工会');
  expect(await result.locator('.training-verify__total').textContent()).toBe(String(earnedBefore + 1));
});

/** Retries an assertion until it holds (the page and the server catch up), or fails with its last error. */
async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
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
