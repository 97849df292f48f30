/**
 * The local HTTP server: function calls with the caller in x-dev-openid, the dev endpoints, signed
 * temp-file URLs (storage through the real SDK), the H5 build with SPA fallback, loopback binding.
 */
import fs from 'fs';
import path from 'path';
import type { AddressInfo } from 'net';
import { createCloudHost, startServer, type CloudHost, type Persona, type RunningServer } from '../../emulator';
import { SDK_PROLOGUE, removeDirs, tempDir, writeFunctions } from '../../emulator/testing';

let host: CloudHost;
let server: RunningServer;
let functionsDir: string;
let storageDir: string;
let h5Dir: string;

const PERSONAS: Persona[] = [
  { openid: 'o-worker', name: '王师傅', role: 'worker', unit: '一车间' },
  { openid: 'o-admin', name: '李主席', role: 'admin', unit: '总公司', note: '全部权限' },
];

beforeAll(async () => {
  functionsDir = writeFunctions({
    whoami: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => ({ ok: true, data: { openid: cloud.getWXContext().OPENID, action: event.action } });`,
    },
    counter: {
      code: `${SDK_PROLOGUE}
const db = cloud.database();
exports.main = async () => { await db.collection('things').add({ data: { n: 1 } }); return { ok: true, data: (await db.collection('things').count()).total }; };`,
    },
    boom: { code: `exports.main = async () => { throw new Error('kaput'); };` },
    files: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => {
  const up = await cloud.uploadFile({ cloudPath: event.cloudPath, fileContent: Buffer.from(event.text) });
  const urls = await cloud.getTempFileURL({ fileList: [up.fileID, 'cloud://nope.bucket/missing.txt'] });
  const down = await cloud.downloadFile({ fileID: up.fileID });
  return { up, urls, text: down.fileContent.toString() };
};`,
    },
    remove: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => {
  const del = await cloud.deleteFile({ fileList: [event.fileID] });
  const err = await cloud.downloadFile({ fileID: event.fileID }).catch((e) => ({ errCode: e.errCode, errMsg: e.errMsg }));
  return { del, err };
};`,
    },
  });
  storageDir = tempDir('uh-storage-');
  h5Dir = tempDir('uh-h5-');
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>union-home</title><div id="app"></div>');
  fs.mkdirSync(path.join(h5Dir, 'js'));
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.js'), 'console.log("hi")');
  host = createCloudHost({
    dataFile: ':memory:',
    functionsDir,
    storageDir,
    collections: { things: { indexes: [] } },
    env: 'prod-abc',
  });
  server = await startServer({ host, port: 0, h5Dir, personas: async () => PERSONAS });
});

afterAll(async () => {
  await server.close();
  await host.close();
  removeDirs(functionsDir, storageDir, h5Dir);
});

function post(p: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.url + p, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

test('listens on 127.0.0.1 only', () => {
  expect((server.server.address() as AddressInfo).address).toBe('127.0.0.1');
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test('POST /api/functions/<name> runs the function as the x-dev-openid caller', async () => {
  const res = await post('/api/functions/whoami', { action: 'me', input: {} }, { 'x-dev-openid': 'o-worker' });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true, data: { openid: 'o-worker', action: 'me' } });
  expect(res.headers.get('x-db-requests')).toBe('0');

  const anon = await post('/api/functions/whoami', { action: 'me' });
  expect(((await anon.json()) as any).data.openid).toBe('');
});

test('x-db-requests reports the call’s database requests', async () => {
  const res = await post('/api/functions/counter', {}, { 'x-dev-openid': 'o-worker' });
  expect(await res.json()).toEqual({ ok: true, data: 1 });
  expect(res.headers.get('x-db-requests')).toBe('2');
});

test('a failed invocation comes back as an INTERNAL envelope carrying the WeChat code', async () => {
  const res = await post('/api/functions/boom', {});
  expect(res.status).toBe(200);
  const body = (await res.json()) as any;
  expect(body).toMatchObject({
    ok: false,
    error: { code: 'INTERNAL', message: '云函数调用失败', wx: { errCode: -504002 } },
  });
  expect(body.error.wx.errMsg).toMatch(/kaput/);
  const missing = (await (await post('/api/functions/ghost', {})).json()) as any;
  expect(missing.error.wx.errCode).toBe(-501000);
});

test('bodies over 1 MB → 413; malformed JSON → 400', async () => {
  const big = await post('/api/functions/whoami', { blob: 'x'.repeat(1024 * 1024) });
  expect(big.status).toBe(413);
  const bad = await fetch(`${server.url}/api/functions/whoami`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{nope',
  });
  expect(bad.status).toBe(400);
  expect((await fetch(`${server.url}/api/functions/whoami`)).status).toBe(405);
});

test('GET /api/dev/personas', async () => {
  const res = await fetch(`${server.url}/api/dev/personas`);
  expect(await res.json()).toEqual(PERSONAS);
});

test('POST /api/dev/subscribe grants quota; GET /api/dev/outbox lists sends', async () => {
  const res = await post('/api/dev/subscribe', { openid: 'o-worker', templateIds: ['T1', 'T2'] });
  expect(await res.json()).toEqual({ ok: true, quotas: { T1: 1, T2: 1 } });
  expect(host.openapi.quota('o-worker', 'T2')).toBe(1);
  expect((await post('/api/dev/subscribe', { openid: 'o-worker' })).status).toBe(400);
  expect(await (await fetch(`${server.url}/api/dev/outbox`)).json()).toEqual([]);
});

test('POST /api/dev/open-data registers a cloudID', async () => {
  expect((await post('/api/dev/open-data', { cloudID: 'cid-1', data: { openGId: 'G1' } })).status).toBe(200);
  expect((await post('/api/dev/open-data', { cloudID: 'cid-1' })).status).toBe(400);
});

test('storage through the SDK: upload, temp URL served with its signature, download, delete', async () => {
  const r = await host.invoke(
    'files',
    { cloudPath: 'notices/n1/封面 1.txt', text: '春季健步走' },
    { openid: 'o-admin' },
  );
  if (!r.ok) throw new Error(r.errMsg);
  const out = r.result as any;
  expect(out.up).toMatchObject({
    fileID: 'cloud://prod-abc.7072-prod-abc-1250000000/notices/n1/封面 1.txt',
    statusCode: 200,
    errMsg: 'uploadFile:ok',
  });
  expect(out.text).toBe('春季健步走');
  const [item, missing] = out.urls.fileList;
  expect(item).toMatchObject({ fileID: out.up.fileID, status: 0, errMsg: 'ok' });
  expect(item.tempFileURL).toMatch(
    new RegExp(`^${server.url}/files/notices/n1/%E5%B0%81%E9%9D%A2%201\\.txt\\?sign=[0-9a-f]{64}&t=\\d+$`),
  );
  expect(missing).toMatchObject({ status: -503003, tempFileURL: '' });

  const file = await fetch(item.tempFileURL);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await file.text()).toBe('春季健步走');

  const url = new URL(item.tempFileURL);
  const sign = url.searchParams.get('sign')!;
  url.searchParams.set('sign', (sign[0] === 'a' ? 'b' : 'a') + sign.slice(1));
  expect((await fetch(url)).status).toBe(403);
  const later = new URL(item.tempFileURL);
  later.searchParams.set('t', String(Number(later.searchParams.get('t')) + 1));
  expect((await fetch(later)).status).toBe(403);
  const unsigned = new URL(item.tempFileURL);
  unsigned.search = '';
  expect((await fetch(unsigned)).status).toBe(403);

  const removed = await host.invoke('remove', { fileID: out.up.fileID }, {});
  expect(removed).toMatchObject({
    ok: true,
    result: { del: { fileList: [{ fileID: out.up.fileID, status: 0 }] }, err: { errCode: -503003 } },
  });
  expect((await fetch(item.tempFileURL)).status).toBe(404);
});

test('expired temp URLs are refused', async () => {
  const fileID = host.storage.put('old.txt', Buffer.from('x'), 'test');
  const url = host.storage.tempUrl(fileID, 60, Date.now() - 120_000)!;
  expect((await fetch(url)).status).toBe(403);
  expect((await fetch(host.storage.tempUrl(fileID)!)).status).toBe(200);
});

test('POST /api/dev/upload and /api/dev/temp-url (H5 stand-ins)', async () => {
  const up = await post(
    '/api/dev/upload',
    { cloudPath: 'avatars/o-worker.png', base64: Buffer.from('PNG').toString('base64') },
    { 'x-dev-openid': 'o-worker' },
  );
  const { fileID } = (await up.json()) as { fileID: string };
  expect(fileID).toBe('cloud://prod-abc.7072-prod-abc-1250000000/avatars/o-worker.png');
  const t = (await (await post('/api/dev/temp-url', { fileList: [fileID] })).json()) as any;
  const file = await fetch(t.fileList[0].tempFileURL);
  expect(file.headers.get('content-type')).toBe('image/png');
  expect(await file.text()).toBe('PNG');
  expect((await post('/api/dev/upload', { cloudPath: '../escape.txt', base64: '' })).status).toBe(400);
});

test('static H5: files with content types, SPA fallback, index.html never cached', async () => {
  const js = await fetch(`${server.url}/js/app.js`);
  expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(await js.text()).toBe('console.log("hi")');

  for (const p of ['/', '/pages/notice/detail', '/pages/index/index?x=1']) {
    const res = await fetch(server.url + p);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('<title>union-home</title>');
  }
  expect((await fetch(`${server.url}/js/missing.js`)).status).toBe(404);
  expect((await fetch(`${server.url}/api/nothing`)).status).toBe(404);
  // An escape attempt stays inside h5Dir (here: the SPA fallback), never /etc/passwd.
  const escape = await (await fetch(`${server.url}/..%2f..%2f..%2fetc%2fpasswd`)).text();
  expect(escape).not.toContain('root:');
});

test('CORS only for loopback origins', async () => {
  const ok = await fetch(`${server.url}/api/dev/personas`, { headers: { origin: 'http://localhost:10086' } });
  expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:10086');
  const evil = await fetch(`${server.url}/api/dev/personas`, { headers: { origin: 'https://evil.example' } });
  expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  expect(evil.status).toBe(403);
});
