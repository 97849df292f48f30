/**
 * The WeChat compiler check: wcsc refuses the selector shapes DevTools refuses, wcc refuses broken WXML,
 * the scss sources are checked at their own line, and today's sources all pass.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/deploy/config';
import { compileWxml, compileWxss } from '../../scripts/weapp-check/compilers';
import { compileAll, compareVersions } from '../../scripts/weapp-check/dist';
import { checkScssTree } from '../../scripts/weapp-check/scss-source';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'uh-wcheck-'));

function wxss(selector: string): { ok: boolean; errors: string } {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'a.wxss'), `.x { color: red; }\n${selector} { flex-shrink: 0; }\n`);
  return compileWxss(dir, ['a.wxss'], []);
}

test.each([
  '.admin-line > :first-child',
  '.a > *',
  '.a > *:first-child',
  '.a > :not(.b)',
  '.a + [data-x]',
  '.a ~ ::after',
  '*',
  '.a *',
])('wcsc refuses `%s`', (selector) => {
  const res = wxss(selector);
  expect(res.ok).toBe(false);
  expect(res.errors).toMatch(/a\.wxss\(2:\d+\): (error at|unexpected) token/);
});

test.each([
  '.admin-line > text:first-child',
  '.a > view:first-child',
  '.a :first-child',
  '.a:not(.b)',
  '.a [data-x]',
  '.a > .b',
  '.a::after',
])('wcsc accepts `%s`', (selector) => {
  expect(wxss(selector)).toMatchObject({ ok: true, errors: '' });
});

test('wcc compiles good WXML and refuses a broken tag', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'good.wxml'), '<view class="a"><text>{{name}}</text></view>\n');
  expect(compileWxml(dir, ['good.wxml'], [])).toMatchObject({ ok: true });
  fs.writeFileSync(path.join(dir, 'bad.wxml'), '<view class="a"><text>{{name}}</view>\n');
  const res = compileWxml(dir, ['good.wxml', 'bad.wxml'], []);
  expect(res.ok).toBe(false);
  expect(res.errors).toMatch(/bad\.wxml/);
});

test('a built package: one refused selector in a shared stylesheet fails the whole project, as in DevTools', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/index'] }));
  fs.mkdirSync(path.join(dir, 'pages', 'a'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'app.wxss'), '@import "./common.wxss";\n');
  fs.writeFileSync(path.join(dir, 'common.wxss'), '.row > view:first-child { flex: 1; }\n');
  fs.writeFileSync(path.join(dir, 'pages', 'a', 'index.wxss'), '.p { color: red; }\n');
  fs.writeFileSync(path.join(dir, 'pages', 'a', 'index.wxml'), '<view class="p">hi</view>\n');
  expect(compileAll(dir).every((f) => f.ok)).toBe(true);
  fs.writeFileSync(path.join(dir, 'common.wxss'), '.row > :first-child { flex: 1; }\n');
  const [css, html] = compileAll(dir);
  expect(css).toMatchObject({ check: 'wcsc (WXSS)', ok: false });
  expect(css.detail).toMatch(/common\.wxss\(1:\d+\): error at token `:`/);
  expect(html.ok).toBe(true);
});

test('at the source: a refused selector nested in scss is reported at its scss line', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'page'));
  fs.writeFileSync(path.join(dir, 'page', 'ok.scss'), '.a {\n  & > view:first-child { color: red; }\n}\n');
  fs.writeFileSync(
    path.join(dir, 'page', 'bad.scss'),
    '.a { color: red; }\n.list {\n  padding: 0;\n  & > :first-child {\n    flex-shrink: 0;\n  }\n}\n',
  );
  const { files, problems } = checkScssTree(dir, dir);
  expect(files).toBe(2);
  expect(problems).toEqual([
    expect.objectContaining({ file: path.join('page', 'bad.scss'), line: 4, selector: '.list > :first-child' }),
  ]);
  expect(problems[0].message).toMatch(/error at token `:`/);
});

test("every scss file under src/ passes WeChat's WXSS compiler", () => {
  const { files, problems } = checkScssTree(path.join(ROOT, 'src'), ROOT);
  expect(files).toBeGreaterThan(40);
  expect(problems).toEqual([]);
});

test('base library versions compare numerically', () => {
  expect(compareVersions('3.6.0', '2.32.3')).toBeGreaterThan(0);
  expect(compareVersions('2.9.0', '2.32.3')).toBeLessThan(0);
  expect(compareVersions('2.32.3', '2.32.3')).toBe(0);
});
