/**
 * The newcomer's way in, in Chromium on the H5 build: the unregistered persona registers (not on the
 * roster, so it waits), the brigade organizer approves, and the newcomer then sees the member home.
 * Someone on the roster is verified at once only with their WeChat-proven phone; a colleague who
 * types another's name and 工号 waits, and the real owner can dispute the number.
 */
import path from 'node:path';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
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

const NEW = PERSONAS.newcomer;

test('a newcomer registers, the organizer approves, the newcomer sees the member home', async () => {
  // 1. The newcomer opens the app: not registered, so the home page sends them to the form.
  const newcomer = await app.pageAs('newcomer');
  await newcomer.waitForURL(/packages\/member\/login\/index\?mode=register/);
  await newcomer.locator('.uh-section__title', { hasText: '会员注册' }).waitFor();
  await newcomer.getByText('采油一大队').waitFor();

  // A bad phone is caught on the form, per field, before anything is sent.
  await newcomer.locator('.member-login__form-field--name input').fill(NEW.name);
  await newcomer.locator('.member-login__form-field--employeeNo input').fill(NEW.employeeNo);
  await newcomer.locator('.member-login__form-field--phone input').fill('1390546');
  await newcomer.getByText('采油一大队').click();
  await newcomer.getByText('采油一队工会').click();
  await newcomer.getByText('已选：青河油田第一分公司 / 采油一大队 / 采油一队工会').waitFor();
  await newcomer.locator('.member-login__form-submit').click();
  await newcomer.getByText('手机号应为11位大陆手机号').waitFor();

  await newcomer.locator('.member-login__form-field--phone input').fill(NEW.phone);
  await newcomer.locator('.member-login__form-submit').click();
  await newcomer.getByText('已提交，等待审核').waitFor();
  await newcomer.screenshot({ path: path.join(ARTIFACTS, 'member-registered.png') });

  // Back on home: the pending state, not the member home.
  await newcomer.getByText('返回首页').click();
  await newcomer.getByText('所在单位的工会组织者审核后即可使用', { exact: false }).waitFor();

  // 2. The organizer of 采油一大队 approves from the approvals page.
  const organizer = await app.pageAs('organizer', '/packages/admin/approvals/index');
  const card = organizer.locator('.admin-approvals__pending', { hasText: NEW.name });
  await card.waitFor();
  await card.getByText(`工号 ${NEW.employeeNo}`).waitFor();
  await card.getByText('139****0099', { exact: false }).waitFor();
  await card.getByText('通过', { exact: true }).click();
  await card.waitFor({ state: 'detached' });
  await organizer.screenshot({ path: path.join(ARTIFACTS, 'member-approved.png') });

  // 3. The newcomer, back in the app, is a member: greeting, sections, and the review message.
  await newcomer.goto(`${app.url}/#/pages/home/index`);
  // Already on home: the same URL is a same-document navigation, so load it afresh (as reopening the app does).
  await newcomer.reload();
  await newcomer.getByText(`${NEW.name}，您好`).waitFor();
  await newcomer.getByText('采油一队工会 · 职工').waitFor();
  await newcomer.getByText('待完成的考试').waitFor();
  await newcomer.getByText('近期活动').waitFor();
  await newcomer.getByText('通知公告').first().waitFor();
  await newcomer.screenshot({ path: path.join(ARTIFACTS, 'member-home.png') });

  await newcomer.locator('.home__hello-messages').click();
  await newcomer.getByText('会员认证已通过').waitFor();
});

test('the organizer of the other brigade does not see the newcomer’s brigade in approvals', async () => {
  const other = await app.pageAs('organizer2', '/packages/admin/approvals/index');
  await other.getByText('郑丽华').waitFor();
  expect(await other.locator('.admin-approvals__pending', { hasText: '周晓梅' }).count()).toBe(0);
});

test('an organizer imports a roster through the page: the report names the bad rows, then the good rows go in', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['姓名', '工号', '手机号', '单位编码']);
  ws.addRow(['马小军', 'QH30001', '13912340001', 'QH01-01-01']);
  ws.addRow(['林二', 'QH30004', '1391234000', 'QH01-01-02']); // row 3: bad phone
  ws.addRow(['韩梅', 'QH40001', '13912350001', 'QH01-02-01']); // row 4: other brigade
  ws.addRow(['林六', 'QH30012', '13912340012', 'QH01-01-02']);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  const page = await app.pageAs('organizer', '/packages/admin/import/index');
  await page.getByText('选择名册文件（.xlsx）').waitFor();
  await page.locator('input.sheet-import__file').setInputFiles({
    name: '采油一大队名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByText('检查结果：「采油一大队名册.xlsx」').waitFor();
  const row3 = page.locator('.sheet-import__error', { hasText: '第3行' });
  await row3.getByText('手机号应为11位大陆手机号').waitFor();
  await page
    .locator('.sheet-import__error', { hasText: '第4行' })
    .getByText('单位不在您的管理范围内：QH01-02-01')
    .waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'member-import-report.png'), fullPage: true });

  await page.getByText('导入 2 行', { exact: true }).click();
  await page.getByText('导入完成').waitFor();
  await page.getByText('写入名册 2 行，跳过有问题的 2 行', { exact: false }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'member-import-done.png'), fullPage: true });

  // The imported people are verified at once when they register with their WeChat phone (H5: the
  // local stand-in for the phone-number button, the account's phone being the one they hold).
  const ma = await app.pageAs('o-ma-xiaojun');
  await ma.waitForURL(/mode=register/);
  await ma.locator('.member-login__form-field--name input').fill('马小军');
  await ma.locator('.member-login__form-field--employeeNo input').fill('QH30001');
  await ma.locator('.member-login__form-field--phone input').fill('13912340001');
  await ma.getByText('使用微信手机号验证（本地模拟）').click();
  await ma.getByText('已使用微信手机号验证').waitFor();
  await ma.getByText('井下作业大队').click();
  await ma.getByText('修井一队工会').click();
  await ma.locator('.member-login__form-submit').click();
  await ma.getByText('已通过名册核验').waitFor();
  await ma.getByText('您已是采油一队工会的认证会员', { exact: false }).waitFor();
});

test('a colleague registering someone else’s 工号 is turned to a dispute, which the organizer settles', async () => {
  const impostor = await app.pageAs('o-e2e-impostor');
  await impostor.waitForURL(/mode=register/);
  await impostor.locator('.member-login__form-field--name input').fill(PERSONAS.worker.name);
  await impostor.locator('.member-login__form-field--employeeNo input').fill(PERSONAS.worker.employeeNo);
  await impostor.locator('.member-login__form-field--phone input').fill('13900001111');
  await impostor.getByText('采油一大队').click();
  await impostor.getByText('采油一队工会').click();
  await impostor.locator('.member-login__form-submit').click();
  await impostor.getByText('该工号已被其他微信用户注册', { exact: false }).waitFor();
  await impostor.locator('.member-login__form-dispute').click();
  await impostor.getByText('申诉已提交').waitFor();

  const organizer = await app.pageAs('organizer', '/packages/admin/approvals/index');
  const card = organizer.locator('.admin-approvals__dispute', { hasText: `工号 ${PERSONAS.worker.employeeNo}` });
  await card.waitFor();
  await card.getByText(`现持有人 ${PERSONAS.worker.name}`, { exact: false }).waitFor();
  await card.locator('input').fill('本人持工牌核实');
  await card.getByText('维持现状').click();
  await card.waitFor({ state: 'detached' });
  await organizer.screenshot({ path: path.join(ARTIFACTS, 'member-dispute.png') });
});
