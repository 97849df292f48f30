/**
 * Checks of the built mini-program (dist/weapp) that need no network: every WXSS through wcsc and every
 * WXML through wcc, as DevTools compiles them, and what app.json / project.config.json must say for
 * WeChat to accept and open the project.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileWxml, compileWxss } from './compilers';

export interface Finding {
  check: string;
  ok: boolean;
  detail: string;
}

interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  sitemapLocation?: string;
  __usePrivacyCheck__?: boolean;
}

function filesUnder(root: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith(ext)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every page of app.json (main package and subpackages), as paths without extension. */
export function pagesOf(app: AppJson): string[] {
  return [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
  ];
}

export function compileAll(root: string): Finding[] {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as AppJson;
  const wxss = filesUnder(root, '.wxss');
  const pageSet = new Set(['app.wxss', ...pagesOf(app).map((p) => `${p}.wxss`)]);
  const pageWxss = wxss.filter((f) => pageSet.has(f));
  const otherWxss = wxss.filter((f) => !pageSet.has(f));
  const css = compileWxss(root, pageWxss, otherWxss);
  const wxml = filesUnder(root, '.wxml');
  const html = compileWxml(root, wxml, filesUnder(root, '.wxs'));
  return [
    {
      check: 'wcsc (WXSS)',
      ok: css.ok,
      detail: css.ok ? `${wxss.length} files (${pageWxss.length} page stylesheets) compiled` : css.errors,
    },
    { check: 'wcc (WXML)', ok: html.ok, detail: html.ok ? `${wxml.length} files compiled` : html.errors },
  ];
}

const versionParts = (v: string): number[] => v.split('.').map((n) => Number(n) || 0);
export function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** What the project files must say: the repo root opens in DevTools, sitemap and privacy are wired. */
export function projectFindings(repoRoot: string, minBaseLibrary: string): Finding[] {
  const pc = JSON.parse(fs.readFileSync(path.join(repoRoot, 'project.config.json'), 'utf8')) as Record<string, unknown>;
  const mpRoot = String(pc.miniprogramRoot ?? '');
  const fnRoot = String(pc.cloudfunctionRoot ?? '');
  const distRoot = path.join(repoRoot, mpRoot);
  const app = JSON.parse(fs.readFileSync(path.join(distRoot, 'app.json'), 'utf8')) as AppJson;
  const sitemapFile = path.join(distRoot, app.sitemapLocation ?? 'sitemap.json');
  const sitemap = fs.existsSync(sitemapFile)
    ? (JSON.parse(fs.readFileSync(sitemapFile, 'utf8')) as { rules?: Array<{ action: string; page: string }> })
    : null;
  const missingPages = pagesOf(app).filter((p) => !fs.existsSync(path.join(distRoot, `${p}.js`)));
  return [
    {
      check: 'project.config.json roots',
      ok: mpRoot === 'dist/weapp/' && fnRoot === 'dist/cloudfunctions/',
      detail: `miniprogramRoot ${mpRoot}, cloudfunctionRoot ${fnRoot}`,
    },
    {
      check: 'pages built',
      ok: missingPages.length === 0,
      detail: missingPages.length ? `missing: ${missingPages.join(', ')}` : `${pagesOf(app).length} pages`,
    },
    {
      check: 'sitemap',
      ok: app.sitemapLocation !== undefined && !!sitemap?.rules?.some((r) => r.action === 'disallow' && r.page === '*'),
      detail: sitemap
        ? `${app.sitemapLocation}: ${JSON.stringify(sitemap.rules)}`
        : `no ${path.relative(repoRoot, sitemapFile)}`,
    },
    {
      check: 'privacy check',
      ok: app.__usePrivacyCheck__ === true,
      detail: `app.json __usePrivacyCheck__: ${String(app.__usePrivacyCheck__)}`,
    },
    {
      check: 'base library',
      ok: typeof pc.libVersion === 'string' && compareVersions(pc.libVersion, minBaseLibrary) >= 0,
      detail: `DevTools libVersion ${String(pc.libVersion)}, minimum ${minBaseLibrary}`,
    },
  ];
}
