/**
 * The seams the emulator patches in the pinned wx-server-sdk. If an SDK upgrade moves them, these
 * fail first, with a message naming the file to update.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createCloudHost, type CloudHost } from '../../emulator';
import { CLOUDBASE_MODULE, cloudBaseClass } from '../../emulator/sdk';
import { PATCHED_CLOUDBASE_METHODS } from '../../emulator/tcb-transport';
import { SDK_PROLOGUE, removeDirs, tempDir, writeFunctions } from '../../emulator/testing';

let host: CloudHost;
let functionsDir: string;
let storageDir: string;

beforeAll(() => {
  functionsDir = writeFunctions({
    stream: {
      code: `${SDK_PROLOGUE}
const fs = require('fs');
exports.main = async (event) => {
  const up = await cloud.uploadFile({ cloudPath: 'reports/r.txt', fileContent: fs.createReadStream(event.file) });
  const bad = await cloud.uploadFile({ cloudPath: '../outside.txt', fileContent: Buffer.from('x') }).catch((e) => ({ errCode: e.errCode, errMsg: e.errMsg }));
  const notBuffer = await cloud.uploadFile({ cloudPath: 'a.txt', fileContent: 'text' }).catch((e) => ({ errCode: e.errCode, errMsg: e.errMsg }));
  return { up, bad, notBuffer, text: (await cloud.downloadFile({ fileID: up.fileID })).fileContent.toString() };
};`,
    },
    timer: {
      config: { triggers: [{ name: 'daily', type: 'timer', config: '0 0 8 * * * *' }] },
      code: `${SDK_PROLOGUE}
exports.main = async (event) => ({ event, ctx: cloud.getWXContext() });`,
    },
  });
  storageDir = tempDir('uh-storage-');
  host = createCloudHost({ dataFile: ':memory:', functionsDir, storageDir, collections: {} });
});

afterAll(async () => {
  await host.close();
  removeDirs(functionsDir, storageDir);
});

test('wx-server-sdk is pinned to the version the emulator was written against', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  expect(require('wx-server-sdk/package.json').version).toBe('4.0.2');
});

test(`${CLOUDBASE_MODULE} still has the methods tcb-transport.ts replaces`, () => {
  const proto = cloudBaseClass().prototype;
  for (const m of PATCHED_CLOUDBASE_METHODS) expect(typeof proto[m]).toBe('function');
});

test('the SDK exports are patched in place and keep their behaviour outside invocations', async () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'x' });
  expect(cloud.getWXContext()).toEqual({});
  await expect(cloud.uploadFile({ cloudPath: 'a.txt', fileContent: Buffer.from('x') })).rejects.toMatchObject({
    errCode: -501008,
  });
  await expect(cloud.getOpenData({ list: ['x'] })).rejects.toMatchObject({ errCode: -604104 });
});

test('uploadFile accepts a ReadStream and refuses paths outside storage, as the SDK would', async () => {
  const src = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'uh-src-')), 'r.txt');
  fs.writeFileSync(src, 'report body');
  const r = await host.invoke('stream', { file: src }, {});
  if (!r.ok) throw new Error(r.errMsg);
  const out = r.result as any;
  expect(out.text).toBe('report body');
  expect(out.bad).toMatchObject({ errCode: -501007 });
  expect(out.notBuffer.errMsg).toMatch(/^uploadFile:fail .*fileContent should be instance of fs.ReadStream or Buffer/);
  expect(fs.existsSync(path.join(storageDir, '..', 'outside.txt'))).toBe(false);
  removeDirs(path.dirname(src));
});

test('fireTrigger sends the timer event with source wx_trigger and no OPENID', async () => {
  const r = await host.fireTrigger('timer', 'daily');
  expect(r).toMatchObject({
    ok: true,
    result: { event: { Type: 'Timer', TriggerName: 'daily', Message: '' }, ctx: { OPENID: '', SOURCE: 'wx_trigger' } },
  });
  await expect(host.fireTrigger('timer', 'weekly')).rejects.toThrow(/no trigger named weekly/);
});
