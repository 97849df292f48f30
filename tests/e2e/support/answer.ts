/**
 * Answering one question of a paper as a member does: a single-choice or true/false answer moves
 * on by itself (the test waits for the next question); multiple choice needs 下一题.
 */
import type { Page } from 'playwright-core';

export async function answer(
  page: Page,
  positions: number[],
  opts: { index: number; total: number; multiple: boolean },
): Promise<void> {
  for (const p of positions) await page.locator('.uh-choice').nth(p).click();
  const last = opts.index === opts.total - 1;
  if (last) return;
  if (opts.multiple) await page.locator('.study-paper-answer__nav').getByText('下一题').click();
  await page.locator('.study-paper-answer__progress', { hasText: `第${opts.index + 2}/${opts.total}题` }).waitFor();
}
