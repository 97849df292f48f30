/**
 * Browser tests: each test file starts its own local product (fresh in-memory cloud + demo union,
 * the built H5 app) and drives Debian's Chromium with playwright-core, as a member would.
 *
 *   const app = await startApp();            // beforeAll
 *   const page = await app.pageAs('worker'); // signed in as a demo persona
 *   await page.getByText('报名').click();
 *   await app.close();                       // afterAll
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startLocal, type Local, ROOT } from '../../../scripts/local';
import { PERSONAS } from '../../../demo/union';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags measured to work here (docs/toolchain.md): no sandbox as root, no background network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export type PersonaKey = keyof typeof PERSONAS;

export interface App {
  url: string;
  local: Local;
  browser: Browser;
  /** A fresh browser context (phone-sized) signed in as a persona, on the home page. */
  pageAs(persona: PersonaKey | string, path?: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

/**
 * The page on screen: H5 keeps earlier page instances in the DOM (some still "visible" underneath
 * the top one), so a locator scoped here never clicks a page the member cannot see.
 */
export const shown = (page: Page) => page.locator('.taro_page').filter({ visible: true }).last();

export interface PageOptions {
  /** @default 390×844 */
  viewport?: { width: number; height: number };
  /** Start with 关怀模式 on this phone. @default false */
  care?: boolean;
}

/** The narrow phone the type rules are stated for (375 px wide: 34 design px = 17 px). */
export const SMALL_PHONE = { width: 375, height: 812 };

export async function startApp(options: { openapiLatencyMs?: number } = {}): Promise<App> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'h5', 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` (npm run test:e2e does it first)');
  }
  const local = await startLocal({
    dataDir: ':memory:',
    port: 0,
    seed: true,
    openapiLatencyMs: options.openapiLatencyMs,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    url: local.url,
    local,
    browser,
    async pageAs(persona, pagePath = '/pages/home/index', options = {}) {
      const openid = persona in PERSONAS ? PERSONAS[persona as PersonaKey].openid : persona;
      const viewport = options.viewport ?? { width: 390, height: 844 };
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      contexts.push(context);
      // Taro's H5 storage keeps values as JSON { data }.
      await context.addInitScript(
        ([id, care]: [string, boolean]) => {
          window.localStorage.setItem('uh.dev.openid', JSON.stringify({ data: id }));
          if (care) window.localStorage.setItem('uh.care', JSON.stringify({ data: '1' }));
        },
        [openid, options.care ?? false] as [string, boolean],
      );
      const page = await context.newPage();
      page.on('pageerror', (err) => console.error('[pageerror]', err.message));
      await page.goto(`${local.url}/#${pagePath}`);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await local.close();
    },
  };
}

/** Where screenshots go (ignored by git). */
export const ARTIFACTS = path.join(ROOT, 'tests', 'e2e', 'artifacts');
