/**
 * docs/privacy.md against the code: every WeChat privacy API (隐私接口) the mini-program calls is listed
 * for the 用户隐私保护指引, no listed API is gone from the code, and the app config turns the privacy
 * check and the no-index sitemap on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/deploy/config';

/** WeChat's list of privacy APIs and components (用户隐私保护指引: 隐私接口与对应处理的信息). */
const PRIVACY_APIS = [
  'getUserProfile',
  'getUserInfo',
  'getLocation',
  'getFuzzyLocation',
  'startLocationUpdate',
  'startLocationUpdateBackground',
  'onLocationChange',
  'choosePoi',
  'chooseLocation',
  'chooseAddress',
  'chooseInvoiceTitle',
  'chooseInvoice',
  'getWeRunData',
  'chooseLicensePlate',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'chooseMessageFile',
  'startRecord',
  'getRecorderManager',
  'joinVoIPChat',
  'createVKSession',
  'openBluetoothAdapter',
  'createBLEPeripheralServer',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'addPhoneContact',
  'addPhoneRepeatCalendar',
  'addPhoneCalendar',
  'setClipboardData',
  'getClipboardData',
];
/** Components and button open-types that collect the same (written as in Taro's JSX). */
const PRIVACY_MARKUP: Array<[string, RegExp]> = [
  ['getPhoneNumber', /openType=\{?['"]getPhoneNumber/],
  ['getRealtimePhoneNumber', /openType=\{?['"]getRealtimePhoneNumber/],
  ['chooseAvatar', /openType=\{?['"]chooseAvatar/],
  ['nickname', /type=\{?['"]nickname['"]/],
  ['camera', /<Camera\b/],
  ['live-pusher', /<LivePusher\b/],
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

function usedPrivacyApis(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  const note = (api: string, file: string) => used.set(api, [...(used.get(api) ?? []), path.relative(ROOT, file)]);
  for (const file of sources(path.join(ROOT, 'src'))) {
    const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const api of PRIVACY_APIS) if (new RegExp(`\\b(?:Taro|wx)\\.${api}\\s*\\(`).test(code)) note(api, file);
    for (const [api, re] of PRIVACY_MARKUP) if (re.test(code)) note(api, file);
    const scope = /authorize\(\s*\{\s*scope:\s*['"](scope\.\w+)/.exec(code);
    if (scope) note(scope[1], file);
  }
  return used;
}

const doc = fs.readFileSync(path.join(ROOT, 'docs', 'privacy.md'), 'utf8');
/** The APIs named in the first column of the "calls" table. */
function documentedInUse(): string[] {
  const section = doc.slice(doc.indexOf('## Privacy APIs the code calls'), doc.indexOf('## Planned'));
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
}

test('every privacy API the code calls is declared in docs/privacy.md', () => {
  const used = usedPrivacyApis();
  expect(used.size).toBeGreaterThan(0);
  const missing = [...used]
    .filter(([api]) => !documentedInUse().includes(api))
    .map(([api, files]) => `${api} (${files.join(', ')})`);
  expect(missing).toEqual([]);
});

test('docs/privacy.md lists no API the code no longer calls', () => {
  const used = usedPrivacyApis();
  expect(documentedInUse().filter((api) => !used.has(api))).toEqual([]);
});

test('the scanner finds a privacy API it is shown (so the check above can fail)', () => {
  const code = "await Taro.getLocation({ type: 'gcj02' }); <Button openType='getPhoneNumber' />";
  expect(PRIVACY_APIS.filter((api) => new RegExp(`\\b(?:Taro|wx)\\.${api}\\s*\\(`).test(code))).toEqual([
    'getLocation',
  ]);
  expect(PRIVACY_MARKUP.filter(([, re]) => re.test(code)).map(([api]) => api)).toEqual(['getPhoneNumber']);
});

test('on WeChat images are picked with chooseMedia: chooseImage only in the H5 branch of the picker', () => {
  const files = usedPrivacyApis().get('chooseImage') ?? [];
  expect(files).toEqual([path.join('src', 'api', 'pick-image.ts')]);
  const picker = fs.readFileSync(path.join(ROOT, 'src', 'api', 'pick-image.ts'), 'utf8');
  expect(picker.indexOf("process.env.TARO_ENV === 'weapp'")).toBeLessThan(picker.indexOf('Taro.chooseMedia'));
});

test('the app config turns on the privacy check and a sitemap that keeps every page out of search', () => {
  const app = fs.readFileSync(path.join(ROOT, 'src', 'app.config.ts'), 'utf8');
  expect(app).toMatch(/__usePrivacyCheck__: true/);
  expect(app).toMatch(/sitemapLocation: 'sitemap\.json'/);
  const sitemap = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'sitemap.json'), 'utf8')) as {
    rules: Array<{ action: string; page: string }>;
  };
  expect(sitemap.rules).toEqual([{ action: 'disallow', page: '*' }]);
  expect(fs.readFileSync(path.join(ROOT, 'config', 'index.ts'), 'utf8')).toMatch(
    /from: 'src\/sitemap\.json', to: 'dist\/weapp\/sitemap\.json'/,
  );
});

test('no contract asks a member for an ID number', () => {
  const contracts = fs
    .readdirSync(path.join(ROOT, 'domain', 'contract'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'domain', 'contract', f), 'utf8'));
  // Inputs are zod objects: a z.object with an id-number key would be a form asking for it.
  expect(contracts.join('\n')).not.toMatch(/idNumber:\s*z\.|idCard|身份证号:\s*z\./);
});
