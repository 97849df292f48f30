/** The H5 app loads from the local server, a persona signs in on the dev screen, and home calls a function. */
import { startApp, type App } from './support/app';

let app: App;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

it('signs in as a persona from the local sign-in screen and reaches home', async () => {
  const page = await app.pageAs('', '/packages/member/login/index');
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/functions/')) calls.push(r.url());
  });
  await page.getByText('张伟').waitFor();
  await page.locator('.uh-card', { hasText: '张伟' }).getByText('以此身份进入').click();
  await page.getByText('张伟，您好').waitFor({ timeout: 20_000 });
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.every((u) => u.startsWith(app.url))).toBe(true);
});
