/**
 * The route table (domain/routes.ts) against what WeChat reads (app.config.ts): every named page
 * exists in the app, every app page has a name, and the tab bar lists exactly the tab pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_PATHS, TAB_PAGES, messagePage, pageNameOf, pageUrl } from '@domain/routes';

/** app.config.ts calls a build-time global; evaluate it with that global stubbed. */
function appConfig(): {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar: { list: { pagePath: string; iconPath: string; selectedIconPath: string }[] };
} {
  (globalThis as Record<string, unknown>).defineAppConfig = (c: unknown) => c;

  return require('../../src/app.config').default;
}

describe('routes', () => {
  const config = appConfig();
  const appPages = [...config.pages, ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];

  it('names every page of the app, and only those', () => {
    expect([...Object.values(PAGE_PATHS)].sort()).toEqual([...appPages].sort());
  });

  it('keeps the tab pages in the main package, in the tab bar order, with icons ≤ 2 KB', () => {
    expect(config.tabBar.list.map((t) => t.pagePath)).toEqual(TAB_PAGES.map((t) => PAGE_PATHS[t]));
    for (const t of TAB_PAGES) expect(config.pages).toContain(PAGE_PATHS[t]);
    for (const item of config.tabBar.list) {
      for (const icon of [item.iconPath, item.selectedIconPath]) {
        const file = path.join(__dirname, '../../src', icon);
        expect(fs.readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
        expect(fs.statSync(file).size).toBeLessThanOrEqual(2048);
      }
    }
  });

  it('builds links with encoded values and drops absent ones', () => {
    expect(pageUrl('eventDetail', { id: 'ev-1' })).toBe('/pages/event-detail/index?id=ev-1');
    expect(messagePage('eventDetail', { id: 'ev-1' })).toBe('pages/event-detail/index?id=ev-1');
    expect(pageUrl('practice', { source: 'wrong', category: '工会法 基础' })).toBe(
      '/packages/study/practice/index?source=wrong&category=%E5%B7%A5%E4%BC%9A%E6%B3%95%20%E5%9F%BA%E7%A1%80',
    );
    expect(pageUrl('eventEdit')).toBe('/packages/event-admin/edit/index');
    expect(pageUrl('eventEdit', { id: undefined })).toBe('/packages/event-admin/edit/index');
    expect(pageNameOf('/pages/notices/index?x=1')).toBe('notices');
    expect(pageNameOf('pages/nowhere/index')).toBeUndefined();
  });

  it('leaves no literal page path in the mini-program or the server outside the route table and app.config', () => {
    const literal = /['"`]\/?(pages|packages)\/[a-z-]+\/(index|[a-z-]+\/index)/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !p.endsWith('app.config.ts') && literal.test(fs.readFileSync(p, 'utf8')))
          offenders.push(path.relative(process.cwd(), p));
      }
    };
    walk(path.join(__dirname, '../../src'));
    walk(path.join(__dirname, '../../server'));
    expect(offenders).toEqual([]);
  });
});
