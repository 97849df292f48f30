/**
 * The seam itself: the transport method wx-server-sdk uses must be where the emulator patches it
 * (this fails if an SDK upgrade moves it), and patched requests reach the engine and nothing else.
 */
import path from 'path';
import fs from 'fs';
import {
  installDatabaseTransport,
  openEngine,
  restoreDatabaseTransport,
  transportPrototype,
  TRANSPORT_MODULE,
  type DbEngine,
} from '../../emulator/db';

let engine: DbEngine;
let db: any;

beforeAll(() => {
  engine = openEngine({ file: ':memory:' });
  engine.ensureCollections({ things: { indexes: [] } });
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database();
});

afterAll(() => engine.close());

function versionOf(dir: string): string {
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

test('the transport is TcbDBApiHttpRequester.prototype.send in the node-sdk copy wx-server-sdk uses', () => {
  const sdkDir = path.dirname(require.resolve('wx-server-sdk/package.json'));
  const nodeSdkDir = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [sdkDir] }));
  expect(versionOf(sdkDir)).toBe('4.0.2');
  expect(versionOf(nodeSdkDir)).toBe('3.17.2');
  expect(TRANSPORT_MODULE).toBe(path.join(nodeSdkDir, 'dist', 'utils', 'tcbdbapirequester.js'));
  expect(typeof transportPrototype().send).toBe('function');
  // node-sdk's database factory installs exactly this class as the requester of every Db.
  const factory = fs.readFileSync(path.join(nodeSdkDir, 'dist', 'database', 'index.js'), 'utf8');
  expect(factory).toMatch(/Db\.reqClass = tcbdbapirequester_1\.TcbDBApiHttpRequester/);
});

test('database calls go to the engine, with the action names the SDK uses', async () => {
  const seen: string[] = [];
  engine.onRequest = (action) => seen.push(action);
  const { _id } = await db.collection('things').add({ data: { a: 1 } });
  await db.collection('things').doc(_id).get();
  await db.collection('things').where({ a: 1 }).get();
  await db.collection('things').where({ a: 1 }).count();
  await db
    .collection('things')
    .doc(_id)
    .update({ data: { a: 2 } });
  await db.collection('things').aggregate().match({ a: 2 }).end();
  await db.collection('things').doc(_id).remove();
  engine.onRequest = undefined;
  expect(seen).toEqual([
    'database.insertDocument',
    'database.getDocument',
    'database.getDocument',
    'database.calculateDocument',
    'database.modifyDocument',
    'database.aggregateDocuments',
    'database.removeDocument',
  ]);
  expect(engine.stats.requests).toBeGreaterThanOrEqual(7);
});

test('no SDK warning timer is left behind and credentials placeholders are set', async () => {
  const spy = jest.spyOn(global, 'setTimeout');
  await db.collection('things').where({ a: 1 }).get();
  expect(spy.mock.calls.filter((c) => c[1] === 3000)).toEqual([]);
  spy.mockRestore();
  expect(process.env.TENCENTCLOUD_SECRETID).toBeTruthy();
  expect(process.env.TENCENTCLOUD_SECRETKEY).toBeTruthy();
});

test('restoreDatabaseTransport puts the SDK transport back', () => {
  const patched = transportPrototype().send;
  restoreDatabaseTransport();
  expect(transportPrototype().send).not.toBe(patched);
  installDatabaseTransport(engine);
  expect(transportPrototype().send).not.toBe(patched); // a fresh wrapper, same engine
});
