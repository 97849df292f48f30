/**
 * Function calls per page on first load: every main-package page of the H5 build (dist/h5), opened
 * in a fresh Chromium context as a demo member, counting the POST /api/functions/* calls the local
 * server receives until the network is idle. Goal: one call per page. Pages that need an id get one
 * from the demo data.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CloudHost } from '../emulator';
import { startApp, type App, type PersonaKey } from '../tests/e2e/support/app';
import { PERSONAS } from '../demo/union';
import { atMost, errorFigure, notMeasured, type Benchmark, type Figure } from './figure';
import { DIST } from './support/paths';
import { pageQueries, type PageQuery } from './page-queries';

/** After the network is idle, wait this long for late calls (a page that calls after a timer). */
const SETTLE_MS = 700;
const PAGE_TIMEOUT_MS = 15_000;

function mainPackagePages(): string[] {
  const appJson = path.join(DIST, 'weapp', 'app.json');
  if (!fs.existsSync(appJson)) throw new Error('dist/weapp/app.json is missing: npm run build:weapp failed');
  return (JSON.parse(fs.readFileSync(appJson, 'utf8')) as { pages: string[] }).pages;
}

/**
 * Counts the function calls the local server receives (the H5 transport's POST /api/functions/*):
 * the host's invoke is what the server calls for each, so wrapping it sees every one from the
 * moment the page starts, with no listener to attach before navigation.
 */
function countCalls(host: CloudHost): { take(): string[] } {
  let calls: string[] = [];
  const invoke = host.invoke.bind(host);
  host.invoke = (name, event, identity) => {
    calls.push(`${name}.${String((event as { action?: unknown } | null)?.action ?? '?')}`);
    return invoke(name, event, identity);
  };
  return {
    take() {
      const out = calls;
      calls = [];
      return out;
    },
  };
}

/** Opens `route` in a fresh browser context (a first load, nothing cached) and lists the calls it made. */
async function firstLoad(
  app: App,
  counter: { take(): string[] },
  persona: PersonaKey,
  route: string,
): Promise<string[]> {
  counter.take();
  const page: Page = await app.pageAs(persona, `/${route}`);
  try {
    await page.waitForLoadState('networkidle', { timeout: PAGE_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    await page.waitForLoadState('networkidle', { timeout: PAGE_TIMEOUT_MS });
    return counter.take();
  } finally {
    await page.context().close();
  }
}

export const bench: Benchmark = async () => {
  const pages = mainPackagePages();
  const app: App = await startApp();
  const figures: Figure[] = [];
  try {
    const queries = await pageQueries(app.local.host);
    const counter = countCalls(app.local.host);
    for (const route of pages) {
      const label = `function calls: ${route}`;
      const q: PageQuery | undefined = queries[route];
      if (q && 'missing' in q) {
        figures.push(notMeasured(label, q.missing, '≤ 1 calls'));
        continue;
      }
      const persona = q?.persona ?? 'worker';
      try {
        const calls = await firstLoad(app, counter, persona, q?.query ? `${route}?${q.query}` : route);
        figures.push(
          atMost(
            label,
            calls.length,
            'calls',
            1,
            `as ${PERSONAS[persona].name} (${persona}); ${calls.join(', ') || 'no call'}`,
          ),
        );
      } catch (e) {
        figures.push(errorFigure(label, e, '≤ 1 calls'));
      }
    }
  } finally {
    await app.close();
  }
  return figures;
};
