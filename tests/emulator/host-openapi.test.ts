/**
 * Emulated open APIs through the real SDK: subscribeMessage.send permissions, quota and outbox, data
 * validation, the SDK's error shape; getOpenData for group shares.
 */
import { createCloudHost, type CloudHost } from '../../emulator';
import { SDK_PROLOGUE, removeDirs, tempDir, writeFunctions } from '../../emulator/testing';

let host: CloudHost;
let functionsDir: string;
let storageDir: string;

const SEND = `${SDK_PROLOGUE}
exports.main = async (event) => {
  try {
    const r = await cloud.openapi.subscribeMessage.send(event.msg);
    return { ok: true, r };
  } catch (e) {
    return { ok: false, isError: e instanceof Error, errCode: e.errCode, errMsg: e.errMsg, message: e.message };
  }
};`;

const MSG = {
  touser: 'o-member',
  templateId: 'TPL_NOTICE',
  page: 'pages/notice/detail?id=n1',
  data: { thing1: { value: '春季健步走报名开始' }, time2: { value: '2025-03-01 09:00' } },
  miniprogramState: 'formal',
};

beforeAll(() => {
  functionsDir = writeFunctions({
    notify: { code: SEND, config: { timeout: 5, permissions: { openapi: ['subscribeMessage.send'] } } },
    notifyNoPerm: { code: SEND, config: { timeout: 5 } },
    lateSender: {
      config: { timeout: 1, permissions: { openapi: ['subscribeMessage.send'] } },
      code: `${SDK_PROLOGUE}
exports.main = async (event) => { await sleep(1300); await cloud.openapi.subscribeMessage.send(event.msg).catch(() => {}); };`,
    },
    other: {
      config: { permissions: { openapi: ['wxacode.get'] } },
      code: `${SDK_PROLOGUE}
exports.main = async () => cloud.openapi.wxacode.get({ path: 'x' }).catch((e) => ({ errCode: e.errCode, errMsg: e.errMsg }));`,
    },
    group: {
      code: `${SDK_PROLOGUE}
exports.main = async (event) => cloud.getOpenData({ list: event.list });`,
    },
  });
  storageDir = tempDir('uh-storage-');
  host = createCloudHost({ dataFile: ':memory:', functionsDir, storageDir, collections: {}, appid: 'wxtest' });
});

afterAll(async () => {
  await host.close();
  removeDirs(functionsDir, storageDir);
});

async function send(fn: string, msg: unknown): Promise<any> {
  const r = await host.invoke(fn, { msg }, { source: 'wx_trigger' });
  if (!r.ok) throw new Error(`${r.errCode} ${r.errMsg}`);
  return r.result;
}

test('without the permission in config.json → -604101', async () => {
  host.openapi.grantSubscription('o-member', 'TPL_NOTICE');
  const r = await send('notifyNoPerm', MSG);
  expect(r).toMatchObject({ ok: false, isError: true, errCode: -604101, errMsg: 'system error: error code: -604101' });
  expect(r.message).toMatch(/function has no permission to call this API/);
  expect(host.openapi.quota('o-member', 'TPL_NOTICE')).toBe(1);
  host.openapi.grantSubscription('o-member', 'TPL_NOTICE'); // the next test starts from 2
});

test('grant then send → outbox row and quota spent; none left → 43101', async () => {
  expect(host.openapi.quota('o-member', 'TPL_NOTICE')).toBe(2);
  expect(await send('notify', MSG)).toEqual({
    ok: true,
    r: { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' },
  });
  expect(await send('notify', MSG)).toMatchObject({ ok: true });
  expect(host.openapi.quota('o-member', 'TPL_NOTICE')).toBe(0);

  const refused = await send('notify', MSG);
  expect(refused).toMatchObject({
    ok: false,
    isError: true,
    errCode: 43101,
    errMsg: 'openapi.subscribeMessage.send:fail user refuse to accept the msg',
  });

  const rows = host.openapi.outbox({ touser: 'o-member' });
  expect(rows).toHaveLength(2);
  expect(rows[0].id).toBeGreaterThan(rows[1].id); // newest first
  expect(rows[0]).toMatchObject({
    touser: 'o-member',
    templateId: 'TPL_NOTICE',
    page: MSG.page,
    data: MSG.data,
    miniprogramState: 'formal',
    function: 'notify',
  });
  expect(Number.isNaN(Date.parse(rows[0].sentAt))).toBe(false);
});

test('a user who never accepted → 43101', async () => {
  expect(await send('notify', { ...MSG, touser: 'o-stranger' })).toMatchObject({ ok: false, errCode: 43101 });
});

test('bad data → 47003 (and no quota spent)', async () => {
  host.openapi.grantSubscription('o-data', 'TPL_NOTICE');
  const cases: unknown[] = [
    { thing1: 'not an object' },
    { thing1: { value: '' } },
    { thing1: { value: 12 } },
    { thing1: {} },
    {},
    { thing1: { value: '这是一个超过二十个字符的通知标题会被微信拒绝的哦' } },
    { phrase3: { value: '太长的短语啊' } },
  ];
  for (const data of cases) {
    const r = await send('notify', { ...MSG, touser: 'o-data', data });
    expect(r).toMatchObject({ ok: false, errCode: 47003 });
    expect(r.errMsg).toMatch(/^openapi\.subscribeMessage\.send:fail argument invalid!/);
  }
  expect(await send('notify', { ...MSG, touser: 'o-data', miniprogramState: 'prod' })).toMatchObject({
    errCode: 47003,
  });
  expect(await send('notify', { ...MSG, touser: '' })).toMatchObject({ errCode: 40003 });
  expect(await send('notify', { ...MSG, touser: 'o-data', templateId: undefined })).toMatchObject({ errCode: 40037 });
  expect(host.openapi.quota('o-data', 'TPL_NOTICE')).toBe(1);
});

test('concurrent sends never overspend a quota', async () => {
  host.openapi.grantSubscription('o-race', 'TPL_NOTICE', 3);
  const results = await Promise.all(Array.from({ length: 10 }, () => send('notify', { ...MSG, touser: 'o-race' })));
  expect(results.filter((r) => r.ok)).toHaveLength(3);
  expect(results.filter((r) => r.errCode === 43101)).toHaveLength(7);
  expect(host.openapi.quota('o-race', 'TPL_NOTICE')).toBe(0);
});

test('a timed-out invocation can no longer send', async () => {
  host.openapi.grantSubscription('o-late', 'TPL_NOTICE');
  const r = await host.invoke('lateSender', { msg: { ...MSG, touser: 'o-late' } }, { source: 'wx_trigger' });
  expect(r).toMatchObject({ ok: false, errCode: -504003 });
  await new Promise((res) => setTimeout(res, 500));
  expect(host.openapi.outbox({ touser: 'o-late' })).toHaveLength(0);
  expect(host.openapi.quota('o-late', 'TPL_NOTICE')).toBe(1);
});

test('an open API the emulator does not implement → -604100', async () => {
  const r = await host.invoke('other', {}, {});
  expect(r).toMatchObject({ ok: true, result: { errCode: -604100 } });
});

test('openapi outside any function → -604104', async () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  await expect(cloud.openapi.subscribeMessage.send(MSG)).rejects.toMatchObject({ errCode: -604104 });
});

test('getOpenData resolves registered cloudIDs; unknown or foreign ones get an error item', async () => {
  host.openData.register('cid-group', { openGId: 'G123' });
  host.openData.register('cid-mine', { openGId: 'G9' }, { openid: 'o-owner' });
  const r = await host.invoke('group', { list: ['cid-group', 'cid-unknown', 'cid-mine'] }, { openid: 'o-other' });
  expect(r.ok).toBe(true);
  const res = (r as { result: any }).result;
  expect(res.errMsg).toBe('getOpenData:ok');
  expect(res.list[0]).toEqual({
    cloudID: 'cid-group',
    data: { openGId: 'G123', watermark: { appid: 'wxtest', timestamp: expect.any(Number) } },
  });
  expect(res.list[1]).toEqual({ cloudID: 'cid-unknown', errCode: -601005, errMsg: 'invalid cloudID' });
  expect(res.list[2]).toMatchObject({ cloudID: 'cid-mine', errCode: -601007 });
  const owner = await host.invoke('group', { list: ['cid-mine'] }, { openid: 'o-owner' });
  expect((owner as { result: any }).result.list[0].data.openGId).toBe('G9');
});
