/**
 * A member applies for the demo 金秋助学 with a photo of the admission letter; an organizer of
 * their brigade reviews it with the proof and approves; the member sees the approval and their
 * check-in QR code; the organizer checks them in by pasting the code's text (H5 has no scanner),
 * and a second paste says when they were checked in.
 */
import path from 'node:path';
import { DEMO_EVENTS } from '../../demo/seed-events';
import { PERSONAS } from '../../demo/union';
import type { Envelope } from '../../domain/contract/envelope';
import { ARTIFACTS, startApp, type App } from './support/app';

let app: App;
const eventId = DEMO_EVENTS.autumn;
const worker = PERSONAS.worker.openid;

/** A 2×2 PNG: the member's photo of the admission letter. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

/** What the member's phone does on H5: ask where to upload, upload through the local server, then call the event function. */
async function applyWithProof(openid: string): Promise<void> {
  const headers = { 'content-type': 'application/json', 'x-dev-openid': openid };
  const where = await fetch(`${app.url}/api/functions/member`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ action: 'getUploadPath', input: { purpose: 'proof', ext: 'png' } }),
  });
  const { cloudPath } = ((await where.json()) as Envelope<{ cloudPath: string }> & { data: { cloudPath: string } })
    .data;
  const upload = await fetch(`${app.url}/api/dev/upload`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ cloudPath, base64: PNG }),
  });
  const { fileID } = (await upload.json()) as { fileID: string };
  const answers = [
    { fieldId: 'f1', value: '刘小雨' },
    { fieldId: 'f2', value: '西南石油大学' },
    { fieldId: 'f3', value: '大学本科' },
    { fieldId: 'f4', value: `${new Date().getFullYear()}-09-01` },
    { fieldId: 'f6', value: fileID },
  ];
  const res = await fetch(`${app.url}/api/functions/event`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ action: 'signUp', input: { eventId, answers } }),
  });
  const env = (await res.json()) as Envelope<{ state: string }>;
  if (!env.ok) throw new Error(`signUp refused: ${env.error.code} ${env.error.message}`);
  expect(env.data.state).toBe('pending');
}

it('reviews an application with its proof, shows the member their code, and checks them in once', async () => {
  await applyWithProof(worker);

  // The brigade's organizer finds the application from the event work hub.
  const org = await app.pageAs('organizer', '/packages/event-admin/hub/index');
  const card = org.locator('.uh-card', { hasText: '金秋助学：职工子女升学资助' });
  await card.getByText('仅本单位').waitFor({ timeout: 15_000 });
  await card.getByText('审核', { exact: true }).click();

  const item = org.locator('.event-admin-review__item', { hasText: '刘芳' });
  await item.getByText('西南石油大学').waitFor({ timeout: 15_000 });
  await item.getByText('录取通知书').waitFor();
  // The proof is shown through a signed, short-lived link, and it loads.
  const img = item.locator('.event-admin-review__proof-img img');
  await img.waitFor({ timeout: 15_000 });
  await org.waitForFunction(
    (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    await img.elementHandle(),
    { timeout: 15_000 },
  );
  expect(await img.getAttribute('src')).toMatch(/\/files\/uploads\/.+\/proof\/.+sign=/);
  // Another brigade's application (the seeded one) is not in this organizer's queue.
  expect(await org.locator('.event-admin-review__item').count()).toBe(1);

  await org.screenshot({ path: path.join(ARTIFACTS, 'event-admin-review.png'), fullPage: true });
  await item.getByText('通过', { exact: true }).click();
  await org.getByText('没有待审核的申请').waitFor({ timeout: 15_000 });

  // The member sees the approval and the way to the code.
  const member = await app.pageAs('worker', '/packages/checkin/mine/index');
  const mine = member.locator('.checkin-mine__item', { hasText: '金秋助学' });
  await mine.getByText('已确认').waitFor({ timeout: 15_000 });
  await mine.getByText('出示签到码').click();
  // The QR alone: its signed text (which names the registration) never shows.
  await member.locator('.checkin-code__qr-run').first().waitFor({ timeout: 15_000 });
  expect(await member.getByText(/UH1\./).count()).toBe(0);
  expect(await member.getByText(worker, { exact: false }).count()).toBe(0);
  // The QR code is drawn: a version-6/7 symbol has a few hundred runs of dark modules.
  expect(await member.locator('.checkin-code__qr-run').count()).toBeGreaterThan(100);
  await member.getByText('到场时请出示此码，由工作人员扫码签到').waitFor();
  // The 报名码 to read out when the QR cannot be scanned: six characters, in two groups of three.
  await member.getByText('扫不出时，向工作人员报出报名码').waitFor();
  const said = (await member.locator('.checkin-code__signup-code-text').innerText()).trim();
  expect(said).toMatch(/^[A-Z2-9]{3} [A-Z2-9]{3}$/);
  await member.screenshot({ path: path.join(ARTIFACTS, 'event-admin-code.png'), fullPage: true });

  // Loaded once, the code shows with no network (the function calls fail; the saved copy is drawn).
  const offline = await member.context().newPage();
  await offline.route('**/api/functions/**', (route) => route.abort('internetdisconnected'));
  await offline.goto(`${app.url}/#/packages/checkin/code/index?id=${eventId}`);
  await offline.getByText('网络不可用，显示的是已保存的签到码，仍可正常扫码签到。').waitFor({ timeout: 15_000 });
  expect((await offline.locator('.checkin-code__signup-code-text').innerText()).trim()).toBe(said);
  expect(await offline.locator('.checkin-code__qr-run').count()).toBe(
    await member.locator('.checkin-code__qr-run').count(),
  );
  await offline.close();

  // And the in-app message about the result.
  const inbox = await app.pageAs('worker', '/packages/member/messages/index');
  await inbox.getByText('审核结果通知').first().waitFor({ timeout: 15_000 });

  // At the event: the member reads out the 报名码 and the organizer types it (H5 has no camera scanner).
  const door = await app.pageAs('organizer', `/packages/event-admin/checkin/index?id=${eventId}`);
  await door.getByText('已签到 / 已确认（本单位）').waitFor({ timeout: 15_000 });
  await door.locator('.event-admin-checkin__count-num', { hasText: '0 / 1' }).waitFor();
  await door.locator('.event-admin-checkin__paste-box textarea').fill(said.toLowerCase());
  await door.getByText('签到', { exact: true }).click();
  await door.getByText('签到成功').waitFor({ timeout: 15_000 });
  await door.locator('.event-admin-checkin__result', { hasText: '刘芳' }).waitFor();
  await door.locator('.event-admin-checkin__count-num', { hasText: '1 / 1' }).waitFor();

  // The same code again: nothing changes, and it says when.
  await door.locator('.event-admin-checkin__paste-box textarea').fill(said);
  await door.getByText('签到', { exact: true }).click();
  await door.getByText(/已于 .+ 签到过/).waitFor({ timeout: 15_000 });
  await door.locator('.event-admin-checkin__count-num', { hasText: '1 / 1' }).waitFor();
  await door.screenshot({ path: path.join(ARTIFACTS, 'event-admin-checkin.png'), fullPage: true });

  // The member's page sees the check-in (it polls while waiting).
  await member.getByText(/已签到 · /).waitFor({ timeout: 20_000 });

  // The roster counts them, rolled up to the brigade.
  const roster = await app.pageAs('organizer', `/packages/event-admin/roster/index?id=${eventId}`);
  const brigade = roster.locator('.event-admin-roster__unit', { hasText: '采油一大队' });
  await brigade.waitFor({ timeout: 15_000 });
  expect((await brigade.locator('.event-admin-roster__unit-num').allInnerTexts()).slice(0, 2)).toEqual(['1', '1']);
  await roster.screenshot({ path: path.join(ARTIFACTS, 'event-admin-roster.png'), fullPage: true });
});
