/**
 * The organizer's round trip on the H5 build: imports a question bank from Excel (the check reports
 * each sheet and lists a bad row, the good ones go in), sets up a paper from it aimed at one
 * grassroots union and publishes it; a member there takes it and passes; the organizer finds them
 * in the results; the member sees the leaderboard and opens the certificate.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import type { AttemptDoc } from '../../server/quiz/repos/docs';
import { PERSONAS } from '../../demo/union';
import { QUESTION_LAYOUT } from '../support/workbook';
import { answer } from './support/answer';
import { ARTIFACTS, shown, startApp, type App } from './support/app';

let app: App;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const TITLE = '班组安全知识小测';
/**
 * A bank as an office keeps it: an instructions sheet first, the choice questions under a title
 * row, the judge questions on a sheet of their own whose options say which letter means 错误.
 */
async function bankFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const help = wb.addWorksheet('填写说明');
  help.addRow(['填写说明']);
  help.addRow(['选择题填在“选择题”工作表，判断题填在“判断题”工作表。']);
  const choice = wb.addWorksheet('选择题');
  choice.addRow(['班组安全知识题库（2024年）']);
  choice.mergeCells('A1:M1');
  choice.addRow(QUESTION_LAYOUT);
  const rows = [
    [
      '单选',
      '班组安全题一：进入作业现场必须佩戴什么？',
      '安全帽',
      '耳机',
      '手表',
      '',
      '',
      '',
      'A',
      '进入现场必须佩戴安全帽。',
      '班组安全',
      '易',
      '',
    ],
    [
      '单选',
      '班组安全题二：发现隐患应当首先怎么做？',
      '立即报告',
      '视而不见',
      '自行离开',
      '',
      '',
      '',
      'A',
      '发现隐患应立即报告。',
      '班组安全',
      '中',
      '',
    ],
    [
      '多选',
      '班组安全题四：下列属于个人防护用品的有？',
      '安全帽',
      '防护手套',
      '手机',
      '',
      '',
      '',
      'AB',
      '安全帽和防护手套属于个人防护用品。',
      '班组安全',
      '中',
      '',
    ],
    ['单选', '班组安全题五：这一行的答案不在选项中。', '甲', '乙', '', '', '', '', 'D', '', '班组安全', '易', ''],
  ];
  for (const r of rows) choice.addRow(r);
  const judge = wb.addWorksheet('判断题');
  judge.addRow(['题目', '选项A', '选项B', '答案', '解析', '分类', '难度']);
  judge.addRow([
    '班组安全题三：班前会可以省略安全交底。',
    '错误',
    '正确',
    'A',
    '班前会必须进行安全交底。',
    '班组安全',
    '易',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const paperDoc = () =>
  app.local.host.engine.dump('quiz_papers').find((p) => p.title === TITLE) as unknown as
    { _id: string; status: string; audienceUnits: string[] } | undefined;

test('import a bank, publish a paper to one grassroots union, a member takes it, the organizer sees the result', async () => {
  // 1. Import: the check reports each sheet and names the bad row; the good rows go into the brigade's bank.
  const org = await app.pageAs('organizer', '/packages/quiz-admin/import/index');
  await org.getByText('选择题库文件（.xlsx）').waitFor();
  await org.locator('input.sheet-import__file').setInputFiles({
    name: '班组安全题库.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await bankFile(),
  });
  await org.getByText('检查结果：「班组安全题库.xlsx」').waitFor();
  const sheets = org.locator('.sheet-import__sheet');
  await eventually(async () =>
    expect(await sheets.allTextContents()).toEqual([
      '「填写说明」工作表：没有题目的表头，未读取',
      '「选择题」工作表：4 行，可导入 3 题，有问题 1 行',
      '「判断题」工作表：1 行，可导入 1 题',
    ]),
  );
  await org.locator('.sheet-import__error', { hasText: '「选择题」第6行' }).getByText('答案D不在选项中').waitFor();
  await org
    .locator('.sheet-import__warning', { hasText: '「判断题」第2行' })
    .getByText('判断题的选项A是“错误”、选项B是“正确”，答案A按“错误”导入')
    .waitFor();
  await org.screenshot({ path: path.join(ARTIFACTS, 'quiz-admin-import-report.png'), fullPage: true });
  await org.getByText('导入 4 题', { exact: true }).click();
  await org.getByText('导入完成').waitFor();
  await org.getByText('已导入 4 题，跳过有问题的 1 行。').waitFor();
  const imported = app.local.host.engine.dump('quiz_questions').filter((q) => q.category === '班组安全');
  expect(imported.map((q) => q.ownerUnitId)).toEqual(['u-brigade-1', 'u-brigade-1', 'u-brigade-1', 'u-brigade-1']);
  // The judge question's answer is what its options say A means.
  expect(imported.find((q) => String(q.stem).startsWith('班组安全题三'))).toMatchObject({
    options: ['正确', '错误'],
    answer: [1],
  });

  // The bank lists them under their category.
  await org.goto(`${app.url}/#/packages/quiz-admin/bank/index`);
  // Categories and tags are folded away at first (dozens of chips).
  // Playwright's hit test lands on Taro H5's pull-to-refresh wrapper here, though the browser's own
  // (document.elementFromPoint) finds this link: send the tap to it directly.
  const more = shown(org).locator('.quiz-admin-bank__more');
  await more.waitFor();
  await more.dispatchEvent('click');
  await org.locator('.quiz-admin-bank__filter', { hasText: '分类' }).getByText('班组安全', { exact: true }).click();
  await org.getByText('共 4 题').waitFor();
  await org.locator('.quiz-admin-bank__item', { hasText: '班组安全题四' }).getByText('A. 安全帽 ✓').waitFor();

  // 2. A fixed paper of those questions, aimed at 采油一队工会 only, with a certificate.
  await org.goto(`${app.url}/#/packages/quiz-admin/paper/index`);
  await org.getByText('出题方式').waitFor();
  await org.locator('.uh-field', { hasText: '试卷标题' }).locator('input').fill(TITLE);
  await org.locator('.quiz-admin-chip', { hasText: '采油一大队' }).click();
  await org.locator('.quiz-admin-chip', { hasText: '采油一队工会' }).click();
  await org.getByText('固定题目（每人相同）').click();
  await org.locator('.quiz-admin-paper__search .uh-search__input input').fill('班组安全题');
  await org.locator('.quiz-admin-paper__search').getByText('搜索', { exact: true }).click();
  for (let i = 0; i < 4; i++) await org.locator('.quiz-admin-paper__add').first().click();
  await eventually(async () => expect(await org.locator('.quiz-admin-paper__fixed-n').count()).toBe(4));
  await setNumber(org, '及格分', '15');
  await org.locator('.quiz-admin-paper__cert-switch').click();
  await org.getByText('预览', { exact: true }).click();
  await org.getByText('试卷预览（随机抽取的一份样卷）').waitFor();
  await org.getByText('保存草稿').click();
  await eventually(() => expect(paperDoc()?.status).toBe('draft'));
  await org.getByText('发布', { exact: true }).click();
  await org.locator('.taro-modal__foot').getByText('发布').click();
  await eventually(() => expect(paperDoc()).toMatchObject({ status: 'published', audienceUnits: ['u-grass-1'] }));
  await org.getByText('进行中').waitFor();
  await org.screenshot({ path: path.join(ARTIFACTS, 'quiz-admin-paper.png'), fullPage: true });
  const paperId = paperDoc()!._id;

  // Not aimed at 采油二队: its member does not see it.
  const other = await app.pageAs('worker2', '/pages/papers/index');
  await other.locator('.uh-screen').waitFor();
  await other.waitForTimeout(500);
  expect(await other.getByText(TITLE).count()).toBe(0);

  // 3. A member of 采油一队工会 takes it and gets everything right.
  const member = await app.pageAs('worker', `/pages/paper-intro/index?id=${paperId}`);
  await member.getByText('开始答题').click();
  await member.locator('.study-paper-answer__stem').waitFor();
  const attempt = await waitFor(
    () =>
      app.local.host.engine
        .dump('quiz_attempts')
        .find((a) => a.paperId === paperId && a.openid === PERSONAS.worker.openid) as unknown as AttemptDoc | undefined,
  );
  for (let i = 0; i < attempt.questions.length; i++) {
    const q = attempt.questions[i];
    const right = q.tokens.flatMap((t, p) => (q.correct.includes(t) ? [p] : []));
    await answer(member, right, { index: i, total: attempt.questions.length, multiple: q.type === 'multiple' });
  }
  await member.getByText('已保存').waitFor();
  await member.locator('.study-paper-answer__nav').getByText('交卷', { exact: true }).first().click();
  await member.locator('.taro-modal__foot').getByText('交卷').click();
  await member.locator('.study-paper-result__score').waitFor();

  // 4. The organizer sees it in the results.
  await org.goto(`${app.url}/#/packages/quiz-admin/results/index?id=${paperId}`);
  await org.locator('.quiz-admin-results__rank', { hasText: PERSONAS.worker.name }).waitFor();
  await org.getByText('统计范围：采油一队工会').waitFor();
  expect(
    await org
      .locator('.quiz-admin-results__figure', { hasText: '已参加' })
      .locator('.quiz-admin-results__figure-value')
      .textContent(),
  ).toBe('1');
  expect(await org.locator('.quiz-admin-results__rank-score').first().textContent()).toBe('20');
  await org.locator('.quiz-admin-results__units-row', { hasText: '采油一队工会' }).waitFor();
  expect(await org.locator('.quiz-admin-results__chart-bar--pass').count()).toBeGreaterThan(0);
  await org.screenshot({ path: path.join(ARTIFACTS, 'quiz-admin-results.png'), fullPage: true });
  const [download] = await Promise.all([org.waitForEvent('download'), org.getByText('导出全部成绩（Excel）').click()]);
  expect(download.suggestedFilename()).toBe(`${TITLE}-成绩.xlsx`);
  const sheet = new ExcelJS.Workbook();
  await sheet.xlsx.readFile(await download.path());
  expect(sheet.getWorksheet('成绩')?.getRow(2).getCell(2).value).toBe(PERSONAS.worker.name);

  // 5. The member's leaderboard and certificate.
  await member.goto(`${app.url}/#/packages/study/leaderboard/index`);
  await member.locator('.study-leaderboard__line--me', { hasText: `${PERSONAS.worker.name}（我）` }).waitFor();
  await member.getByText('查看我的合格证书').click();
  await member.locator('.study-certificate__image').waitFor();
  await member.getByText(`${TITLE}：20 / 20 分`).waitFor();
  expect(
    await member.locator('.study-certificate__image img, img.study-certificate__image').first().getAttribute('src'),
  ).toMatch(/^data:image\/png;base64,/);
  await member.screenshot({ path: path.join(ARTIFACTS, 'quiz-admin-certificate.png'), fullPage: true });
});

/** Types into the number input on the line with this label. */
async function setNumber(page: Page, label: string, value: string) {
  const input = page.locator('.quiz-admin-line', { hasText: label }).locator('input').first();
  await input.fill(value);
}

async function eventually(check: () => void | Promise<void>, timeoutMs = 8000): Promise<void> {
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

async function waitFor<T>(get: () => T | undefined, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
