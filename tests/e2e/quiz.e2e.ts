/**
 * A cadre takes the open demo paper on the H5 build: starts it, answers, reloads the page mid-way
 * and finds the answers, the review mark and the timer intact, submits, sees the result without the
 * key while the exam is still open for her, then, once the admin ends it, with the key and the
 * explanations, and finds the wrong answer in the wrong-answer book. A worker answers through a
 * dropped connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { AttemptDoc } from '../../server/quiz/repos/docs';
import { PERSONAS } from '../../demo/union';
import { answer } from './support/answer';
import { ARTIFACTS, startApp, type App } from './support/app';

let app: App;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** The server's copy of the cadre's attempt: the test's only way to know the key. */
const storedAttempt = () =>
  app.local.host.engine.dump('quiz_attempts').find((a) => a.openid === PERSONAS.cadre.openid) as unknown as
    AttemptDoc | undefined;

/** A question's explanation, from the bank. */
const explanationOf = (qid: string) =>
  (app.local.host.engine.dump('quiz_questions').find((q) => q._id === qid) as unknown as { explanation: string })
    .explanation;

const seconds = (clockText: string) =>
  clockText
    .split(':')
    .map(Number)
    .reduce((s, x) => s * 60 + x, 0);

/** Taps the options at these shown positions of the question on screen. */
async function tap(page: Page, positions: number[]) {
  for (const p of positions) await page.locator('.uh-choice').nth(p).click();
}

test('a lost connection shows a quiet 未保存，重试中 and the answer lands once back online', async () => {
  const page = await app.pageAs('worker', '/pages/paper-intro/index?id=p-demo-open');
  await page.getByText('开始答题').click();
  await page.locator('.study-paper-answer__stem').waitFor();
  const mine = () =>
    app.local.host.engine
      .dump('quiz_attempts')
      .find((a) => a.openid === PERSONAS.worker.openid) as unknown as AttemptDoc;

  await page.context().setOffline(true);
  await page.locator('.uh-choice').nth(1).click();
  await page.getByText('未保存，重试中').waitFor();
  // The choice stays on screen while it waits (back to it if the answer moved on by itself).
  if (mine().questions[0].type !== 'multiple') {
    await page.locator('.study-paper-answer__progress', { hasText: '第2/20题' }).waitFor();
    await page.locator('.study-paper-answer__nav').getByText('上一题').click();
  }
  expect(await page.locator('.uh-choice').nth(1).getAttribute('class')).toContain('uh-choice--chosen');
  expect(mine().answers).toEqual({});

  await page.context().setOffline(false);
  await page.getByText('已保存').waitFor({ timeout: 15_000 });
  expect(mine().answers['0']).toEqual([mine().questions[0].tokens[1]]);
});

test('start, answer, reload mid-way, submit, result and wrong-answer book', async () => {
  const page = await app.pageAs('cadre', '/pages/papers/index');
  await page.getByText('工会法律法规与业务知识测试').click();
  await page.getByText('开始答题').click();
  await page.locator('.study-paper-answer__stem').waitFor();

  const attempt = await waitFor(() => storedAttempt());
  const correctPositions = (i: number) =>
    attempt.questions[i].tokens.flatMap((t, p) => (attempt.questions[i].correct.includes(t) ? [p] : []));
  const wrongPosition = (i: number) =>
    attempt.questions[i].tokens.findIndex((t) => !attempt.questions[i].correct.includes(t));
  expect(await page.locator('.study-paper-answer__stem').textContent()).toBe(attempt.questions[0].stem);
  expect(await page.locator('.study-paper-answer__progress').textContent()).toBe('第1/20题');

  // Question 1 wrong, 2 and 3 right; question 3 marked for review. A single-choice or true/false
  // answer moves on by itself; multiple choice waits for 下一题.
  const opts = (i: number) => ({ index: i, total: 20, multiple: attempt.questions[i].type === 'multiple' });
  await answer(page, [wrongPosition(0)], opts(0));
  await answer(page, correctPositions(1), opts(1));
  await tap(page, correctPositions(2));
  // Marking question 3 must happen on question 3: stop the auto-advance first if it is single-choice.
  if (attempt.questions[2].type !== 'multiple') {
    await page.locator('.study-paper-answer__progress', { hasText: '第4/20题' }).waitFor();
    await page.locator('.study-paper-answer__nav').getByText('上一题').click();
    await page.locator('.study-paper-answer__progress', { hasText: '第3/20题' }).waitFor();
  }
  await page.locator('.study-paper-answer__nav').getByText('标记', { exact: true }).click();
  await page.getByText('已保存').waitFor();
  // Saved on the server as chosen, not on submit.
  await eventually(() => {
    const a = storedAttempt()!;
    expect([
      a.answers['0']?.length ?? 0,
      a.answers['1']?.length ?? 0,
      a.answers['2']?.length ?? 0,
      a.flagged['2'] === true,
    ]).toEqual([1, correctPositions(1).length, correctPositions(2).length, true]);
  });

  const before = seconds((await page.locator('.study-paper-answer__timer').textContent()) ?? '');
  expect(before).toBeGreaterThan(29 * 60 - 60);
  await page.screenshot({ path: path.join(ARTIFACTS, 'quiz-answer.png'), fullPage: true });

  // Reload: the page comes back from the server, at the first unanswered question.
  await page.reload();
  await page.locator('.study-paper-answer__stem').waitFor();
  expect(await page.locator('.study-paper-answer__progress').textContent()).toBe('第4/20题');
  const after = seconds((await page.locator('.study-paper-answer__timer').textContent()) ?? '');
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 20);

  await page.getByText('答题卡 3/20').click();
  await eventually(async () => expect(await page.locator('.study-paper-answer__cell--done').count()).toBe(3));
  expect(await page.locator('.study-paper-answer__cell--flag').textContent()).toBe('3');
  await page.locator('.study-paper-answer__cell').nth(0).click();
  expect(await page.locator('.study-paper-answer__progress').textContent()).toBe('第1/20题');
  await eventually(async () =>
    expect(await page.locator('.uh-choice').nth(wrongPosition(0)).getAttribute('class')).toContain('uh-choice--chosen'),
  );
  await page.locator('.study-paper-answer__nav').getByText('下一题').click();
  for (const p of correctPositions(1))
    expect(await page.locator('.uh-choice').nth(p).getAttribute('class')).toContain('uh-choice--chosen');

  // Only one 交卷 at a time: the last question's button, or 提前交卷 in the answer sheet.
  expect(await page.getByText('交卷', { exact: true }).count()).toBe(0);
  // Submit early from the sheet: the confirmation counts the blanks.
  await page.getByText(/^答题卡 /).click();
  await page.getByText('提前交卷').click();
  await page.getByText('还有17题未作答，交卷后不能修改。').waitFor();
  await page.locator('.taro-modal__foot').getByText('交卷').click();

  // The result: two right answers of 5 points, the key and the explanations, my rank in my unit.
  await page.locator('.study-paper-result__score').waitFor();
  expect((await page.locator('.study-paper-result__score').textContent())?.replace(/\s/g, '')).toBe('10分');
  await page.getByText('未通过', { exact: true }).waitFor();
  await page.getByText('采油一队工会第1名（共1人）').waitFor();
  // The paper allows another attempt, so it is still open for me: my own choices, no key, no verdict
  // per question, no explanation (the exam lock), for all 20 questions.
  await page.getByText('考试尚未结束，答案和解析在考试结束后公布', { exact: false }).first().waitFor();
  await page.getByText('考试尚未结束，20题的答案和解析在考试结束后公布').waitFor();
  expect(await page.getByText(explanationOf(attempt.questions[0].qid)).count()).toBe(0);
  expect(
    await page
      .locator(
        '.study-paper-result__q .uh-choice--wrong, .study-paper-result__q .uh-choice--missed, .study-paper-result__q .uh-choice--right',
      )
      .count(),
  ).toBe(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'quiz-result-open.png'), fullPage: true });

  // The wrong-answer book holds them back too, saying how many wait for the exam to close.
  await page.getByText('错题本', { exact: true }).click();
  await page.getByText('另有18道错题来自尚未结束的考试，考试结束后显示').waitFor();
  expect(await page.locator('.study-wrong-book__item').count()).toBe(0);
  await page.goBack();
  await page.locator('.study-paper-result__score').waitFor();

  // The union's admin ends the exam; now the result and the book show the key and the explanations.
  const admin = await app.pageAs('admin', '/packages/quiz-admin/paper/index?id=p-demo-open');
  await admin.getByText('结束考试', { exact: true }).first().click();
  await admin.locator('.taro-modal__foot').getByText('结束考试').click();
  await admin.getByText('已结束').first().waitFor();
  await admin.context().close();
  await page.reload();
  await page.getByText(explanationOf(attempt.questions[0].qid)).waitFor();
  expect(await page.locator('.study-paper-result__q').first().locator('.uh-choice--wrong').count()).toBe(1);
  expect(await page.locator('.study-paper-result__q').first().locator('.uh-choice--missed').count()).toBe(
    correctPositions(0).length,
  );
  await page.screenshot({ path: path.join(ARTIFACTS, 'quiz-result.png'), fullPage: true });

  // The wrong-answer book: question 1 and the 17 left blank, by category.
  await page.getByText('错题本', { exact: true }).click();
  await page.locator('.study-wrong-book__item').first().waitFor();
  await page.getByText('全部 18').waitFor();
  expect(await page.locator('.study-wrong-book__item').count()).toBe(18);
  // H5 keeps the result page underneath: look inside the book only.
  await page.locator('.study-wrong-book__item', { hasText: attempt.questions[0].stem }).click();
  await page.locator('.study-wrong-book__explain', { hasText: explanationOf(attempt.questions[0].qid) }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'quiz-wrong-book.png'), fullPage: true });
});

/** Retries an assertion until it holds (the page and the server catch up), or fails with its last error. */
async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
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

async function waitFor<T>(get: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
