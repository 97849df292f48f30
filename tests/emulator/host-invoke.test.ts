/**
 * The functions host through the real wx-server-sdk: per-call identity, WeChat's limits and error
 * codes, JSON round trips, cloud.callFunction between functions, per-function env vars, reload.
 */
import fs from 'fs';
import path from 'path';
import { createCloudHost, type CloudHost, WxErrCode } from '../../emulator';
import { SDK_PROLOGUE, removeDirs, tempDir, writeFunctions } from '../../emulator/testing';

let host: CloudHost;
let functionsDir: string;
let storageDir: string;

beforeAll(() => {
  functionsDir = writeFunctions({
    whoami: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => {
  await sleep(Math.random() * 20);
  const ctx = cloud.getWXContext();
  return { openid: ctx.OPENID, source: ctx.SOURCE, appid: ctx.APPID, env: ctx.ENV, i: event.i };
};`,
    },
    slow: {
      config: { timeout: 1 },
      code: `${SDK_PROLOGUE}
exports.main = async () => { await sleep(1500); return 'late'; };`,
    },
    big: {
      code: `exports.main = async (event) => ({ blob: 'x'.repeat(event.bytes) });`,
    },
    boom: {
      code: `exports.main = async () => { throw new TypeError('boom: something broke'); };`,
    },
    syncBoom: {
      code: `exports.main = () => { throw new Error('sync boom'); };`,
    },
    echo: {
      code: `exports.main = async (event, context) => ({
  event,
  when: new Date(0),
  gone: undefined,
  fn: () => 1,
  list: [1, undefined, () => 2],
  requestId: context.request_id,
  fnName: context.function_name,
});`,
    },
    nothing: { code: `exports.main = async () => {};` },
    caller: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => {
  try {
    const res = await cloud.callFunction({ name: event.target, data: { x: 1, when: new Date(0) } });
    return { ok: true, res, mine: cloud.getWXContext().OPENID };
  } catch (e) {
    return { ok: false, isError: e instanceof Error, errCode: e.errCode, errMsg: e.errMsg };
  }
};`,
    },
    callee: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => {
  const ctx = cloud.getWXContext();
  return { got: event, openid: ctx.OPENID, source: ctx.SOURCE };
};`,
    },
    envfn: { code: `exports.main = async () => ({ admins: process.env.ADMIN_OPENIDS ?? null });` },
    version: { code: `exports.main = async () => 1;` },
    badload: { code: `throw new Error('top-level failure');` },
  });
  storageDir = tempDir('uh-storage-');
  host = createCloudHost({
    dataFile: ':memory:',
    functionsDir,
    storageDir,
    collections: {},
    env: 'test-env',
    appid: 'wxtest',
    functionEnv: { envfn: { ADMIN_OPENIDS: 'o-admin-1,o-admin-2' } },
  });
});

afterAll(async () => {
  await host.close();
  removeDirs(functionsDir, storageDir);
});

function okResult(r: Awaited<ReturnType<CloudHost['invoke']>>): any {
  if (!r.ok) throw new Error(`expected ok, got ${r.errCode} ${r.errMsg}`);
  return r.result;
}

test('500 overlapping invocations each see their own OPENID', async () => {
  const results = await Promise.all(
    Array.from({ length: 500 }, (_, i) => host.invoke('whoami', { i }, { openid: `o-user-${i}`, source: 'wx_client' })),
  );
  results.forEach((r, i) => {
    const res = okResult(r);
    expect(res).toEqual({ openid: `o-user-${i}`, source: 'wx_client', appid: 'wxtest', env: 'test-env', i });
  });
});

test('triggers and functions call with an empty OPENID', async () => {
  expect(okResult(await host.invoke('whoami', {}, { openid: 'ignored', source: 'wx_trigger' })).openid).toBe('');
  expect(okResult(await host.invoke('whoami', {}, { source: 'wx_function' })).openid).toBe('');
  expect(okResult(await host.invoke('whoami', {}, {})).openid).toBe('');
});

test('timeout from config.json → -504003 with the configured seconds', async () => {
  const t0 = Date.now();
  const r = await host.invoke('slow', {}, { openid: 'o1' });
  expect(r).toMatchObject({ ok: false, errCode: -504003, errMsg: 'Invoking task timed out after 1 seconds' });
  expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
  expect(Date.now() - t0).toBeLessThan(1400);
  await new Promise((r) => setTimeout(r, 700)); // let the abandoned call finish before teardown
});

test('a result over 1 MB → -604001', async () => {
  const r = await host.invoke('big', { bytes: 1024 * 1024 + 10 }, {});
  expect(r).toMatchObject({ ok: false, errCode: WxErrCode.RESULT_SIZE_EXCEEDED });
  if (!r.ok) expect(r.errMsg).toMatch(/result size exceed limit \(1MB\)/);
  // Just under the limit (the JSON wrapper adds 12 bytes) passes.
  expect((await host.invoke('big', { bytes: 1024 * 1024 - 12 }, {})).ok).toBe(true);
});

test('a thrown error → -504002 with the message and stack', async () => {
  const r = await host.invoke('boom', {}, {});
  expect(r).toMatchObject({ ok: false, errCode: -504002 });
  if (!r.ok) {
    expect(r.errMsg).toMatch(/^TypeError: boom: something broke/);
    expect(r.errMsg).toMatch(/boom\/index\.js/);
  }
  expect(await host.invoke('syncBoom', {}, {})).toMatchObject({ ok: false, errCode: -504002 });
  const load = await host.invoke('badload', {}, {});
  expect(load).toMatchObject({ ok: false, errCode: -504002 });
  if (!load.ok) expect(load.errMsg).toMatch(/top-level failure/);
});

test('unknown function → -501000 FunctionName parameter could not be found', async () => {
  for (const name of ['nope', '../boom', 'a/b', '']) {
    const r = await host.invoke(name, {}, {});
    expect(r).toMatchObject({ ok: false, errCode: -501000 });
    if (!r.ok) expect(r.errMsg).toMatch(/FunctionName parameter could not be found/);
  }
});

test('event and result round-trip through JSON; client calls carry userInfo', async () => {
  const r = okResult(await host.invoke('echo', { at: new Date(0), skip: undefined, n: 1 }, { openid: 'o-echo' }));
  expect(r.event).toEqual({ at: '1970-01-01T00:00:00.000Z', n: 1, userInfo: { appId: 'wxtest', openId: 'o-echo' } });
  expect(r.when).toBe('1970-01-01T00:00:00.000Z');
  expect('gone' in r).toBe(false);
  expect('fn' in r).toBe(false);
  expect(r.list).toEqual([1, null, null]);
  expect(r.fnName).toBe('echo');
  expect(typeof r.requestId).toBe('string');
  expect(okResult(await host.invoke('nothing', {}, {}))).toBeNull();
});

test('dbRequests and ms are reported for every call', async () => {
  const r = await host.invoke('whoami', {}, { openid: 'o1' });
  expect(r.dbRequests).toBe(0);
  expect(r.ms).toBeGreaterThan(0);
});

test('cloud.callFunction runs the other function as wx_function and returns the SDK shape', async () => {
  const r = okResult(await host.invoke('caller', { target: 'callee' }, { openid: 'o-caller' }));
  expect(r.ok).toBe(true);
  expect(r.mine).toBe('o-caller');
  expect(r.res.errMsg).toBe('callFunction:ok');
  expect(typeof r.res.requestID).toBe('string');
  expect(r.res.result).toEqual({ got: { x: 1, when: '1970-01-01T00:00:00.000Z' }, openid: '', source: 'wx_function' });
});

test('cloud.callFunction throws like the real SDK when the callee fails or does not exist', async () => {
  const failed = okResult(await host.invoke('caller', { target: 'boom' }, { openid: 'o1' }));
  expect(failed).toMatchObject({ ok: false, isError: true, errCode: -504002 });
  expect(failed.errMsg).toMatch(
    /^callFunction:fail -504002 functions execute fail\. requestID .*boom: something broke/,
  );

  const missing = okResult(await host.invoke('caller', { target: 'ghost' }, { openid: 'o1' }));
  expect(missing).toMatchObject({ ok: false, isError: true, errCode: -501001 });
  expect(missing.errMsg).toMatch(/FunctionName parameter could not be found/);
});

test('per-function env vars are visible to the function', async () => {
  expect(okResult(await host.invoke('envfn', {}, {}))).toEqual({ admins: 'o-admin-1,o-admin-2' });
});

test('conflicting per-function env vars are refused', () => {
  expect(() =>
    createCloudHost({
      dataFile: ':memory:',
      functionsDir,
      storageDir,
      collections: {},
      functionEnv: { a: { SAME: '1' }, b: { SAME: '2' } },
    }),
  ).toThrow(/different values/);
});

test('functions() lists built functions; reload() picks up a rebuild', async () => {
  expect(host.functions()).toEqual(expect.arrayContaining(['whoami', 'echo', 'version']));
  expect(okResult(await host.invoke('version', {}, {}))).toBe(1);
  fs.writeFileSync(path.join(functionsDir, 'version', 'index.js'), 'exports.main = async () => 2;');
  expect(okResult(await host.invoke('version', {}, {}))).toBe(1); // cached until reload
  host.reload();
  expect(okResult(await host.invoke('version', {}, {}))).toBe(2);
});
