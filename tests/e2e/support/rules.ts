/**
 * The readability rules of issue 18, measured on what the browser drew: every visible text's
 * computed size and contrast, text broken one character per line, tap-target sizes, and strings a
 * member must never see (openids, signed tokens, internal ids). Each returns the offenders, so a
 * failing test names them.
 */
import type { Page } from 'playwright-core';

export interface TextIssue {
  text: string;
  value: number;
}

/** Text on screen: elements that directly hold non-blank text, visible, inside the viewport's page (H5 keeps hidden pages). */
const VISIBLE_TEXT = `
  (() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent || '').trim();
      if (!text) continue;
      const el = n.parentElement;
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      // Inside a hidden ancestor (an earlier page kept by Taro H5, a closed sheet).
      let hidden = false;
      for (let a = el; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) { hidden = true; break; }
      }
      if (hidden) continue;
      out.push({ node: n, el, text });
    }
    return out;
  })()
`;

/** Font sizes under `min` px of the visible text (the tab bar included). */
export async function smallText(page: Page, min: number): Promise<TextIssue[]> {
  return page.evaluate(
    ({ script, min }) => {
      const items = eval(script) as { el: Element; text: string }[];
      return items
        .map(({ el, text }) => ({ text, value: parseFloat(getComputedStyle(el).fontSize) }))
        .filter((i) => i.value < min - 0.05);
    },
    { script: VISIBLE_TEXT, min },
  );
}

/** Contrast ratios under `min` between each visible text and the background it sits on. */
export async function lowContrast(page: Page, min = 4.5): Promise<TextIssue[]> {
  return page.evaluate(
    ({ script, min }) => {
      const parse = (c: string): number[] | null => {
        const m = c.match(/rgba?\(([^)]+)\)/);
        if (!m) return null;
        const p = m[1]
          .split(/[ ,/]+/)
          .filter(Boolean)
          .map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      };
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      /** The colour behind an element: the nearest ancestor's opaque background, blended down to white. */
      const behind = (el: Element): number[] => {
        const layers: number[][] = [];
        for (let a: Element | null = el; a; a = a.parentElement) {
          const bg = parse(getComputedStyle(a).backgroundColor);
          if (bg && bg[3] > 0) {
            layers.push(bg);
            if (bg[3] >= 1) break;
          }
        }
        let out = [255, 255, 255];
        for (const l of layers.reverse()) out = out.map((v, i) => v * (1 - l[3]) + l[i] * l[3]);
        return out;
      };
      const items = eval(script) as { el: Element; text: string }[];
      const issues: { text: string; value: number }[] = [];
      for (const { el, text } of items) {
        const fg = parse(getComputedStyle(el).color);
        if (!fg) continue;
        const bg = behind(el);
        const color = fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3]));
        const [a, b] = [lum(color), lum(bg)].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        if (ratio < min) issues.push({ text, value: Math.round(ratio * 100) / 100 });
      }
      return issues;
    },
    { script: VISIBLE_TEXT, min },
  );
}

/** Texts of two or more characters drawn one character per line (a tag squeezed to one glyph wide). */
export async function brokenPerCharacter(page: Page): Promise<string[]> {
  return page.evaluate((script) => {
    const items = eval(script) as { node: Text; el: Element; text: string }[];
    const out: string[] = [];
    for (const { node, el, text } of items) {
      if ([...text].length < 2) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (lines.length >= 2 && lines.every((r) => r.width < size * 1.6)) out.push(text);
    }
    return out;
  }, VISIBLE_TEXT);
}

/** Tap targets (buttons, links, options, list rows, tabs) smaller than `min` px high. */
export async function smallTargets(
  page: Page,
  min: number,
  selector = '.uh-btn, .uh-more, .uh-choice, .me__link, .weui-tabbar__item, .home__todo-row',
): Promise<TextIssue[]> {
  return page.evaluate(
    ({ selector, min }) =>
      Array.from(document.querySelectorAll(selector))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) return false;
          for (let a: Element | null = el; a; a = a.parentElement)
            if (getComputedStyle(a).display === 'none') return false;
          return true;
        })
        .map((el) => ({
          text: (el.textContent ?? '').trim(),
          value: Math.round(el.getBoundingClientRect().height * 10) / 10,
        }))
        .filter((i) => i.value < min - 0.5),
    { selector, min },
  );
}

/** What a member must never read: an openid, a signed check-in token, a registration id containing an openid. */
export const INTERNAL_STRINGS = [
  /\bo-[a-z0-9]+-[a-z0-9-]+\b/,
  /OPENID/i,
  /UH1\.[A-Za-z0-9_.-]{10,}/,
  /[A-Za-z0-9_-]{32,}/,
];

export async function internalStrings(page: Page): Promise<string[]> {
  const texts = await page.evaluate((script) => (eval(script) as { text: string }[]).map((i) => i.text), VISIBLE_TEXT);
  return texts.filter((t) => INTERNAL_STRINGS.some((re) => re.test(t)));
}

/** All four rules at once, with the size floor for this mode. */
export async function readabilityProblems(page: Page, care: boolean): Promise<Record<string, unknown[]>> {
  const problems = {
    small: await smallText(page, care ? 18 : 14),
    contrast: await lowContrast(page),
    perCharacter: await brokenPerCharacter(page),
    targets: await smallTargets(page, care ? 60 : 44),
    internal: await internalStrings(page),
  };
  return Object.fromEntries(Object.entries(problems).filter(([, v]) => v.length > 0));
}

/** The computed size of the page's body text (the root every text inherits from). */
export const bodySize = (page: Page) =>
  page
    .locator('.uh-screen:visible')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
