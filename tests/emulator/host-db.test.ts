/**
 * Database requests are counted per invocation (a nested cloud.callFunction counts for the callee),
 * through the real SDK and the local database engine.
 */
import { createCloudHost, type CloudHost } from '../../emulator';
import { SDK_PROLOGUE, removeDirs, tempDir, writeFunctions } from '../../emulator/testing';

let host: CloudHost;
let functionsDir: string;
let storageDir: string;

const DB = `${SDK_PROLOGUE}
const db = cloud.database({ throwOnNotFound: false });
`;

beforeAll(() => {
  functionsDir = writeFunctions({
    // 1 request
    reader: { code: `${DB}exports.main = async () => (await db.collection('notes').where({ owner: cloud.getWXContext().OPENID }).get()).data.length;` },
    // 2 own requests + a nested call that makes 1 more (counted for the callee)
    writer: {
      code: `${DB}
exports.main = async (event) => {
  const owner = cloud.getWXContext().OPENID;
  await db.collection('notes').add({ data: { owner, text: event.text } });
  const mine = (await db.collection('notes').where({ owner }).get()).data.length;
  const viaCallee = (await cloud.callFunction({ name: 'reader', data: {} })).result;
  return { mine, viaCallee };
};`,
    },
  });
  storageDir = tempDir('uh-storage-');
  host = createCloudHost({ dataFile: ':memory:', functionsDir, storageDir, collections: { notes: { indexes: [] } } });
});

afterAll(async () => {
  await host.close();
  removeDirs(functionsDir, storageDir);
});

test('dbRequests counts only the invocation’s own database requests', async () => {
  const w = await host.invoke('writer', { text: 'hello' }, { openid: 'o-a' });
  expect(w).toMatchObject({ ok: true, result: { mine: 1, viaCallee: 0 }, dbRequests: 2 });
  const r = await host.invoke('reader', {}, { openid: 'o-a' });
  expect(r).toMatchObject({ ok: true, result: 1, dbRequests: 1 });
});

test('overlapping invocations keep separate counts', async () => {
  const runs = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      i % 2 ? host.invoke('reader', {}, { openid: `o-${i}` }) : host.invoke('writer', { text: String(i) }, { openid: `o-${i}` }),
    ),
  );
  runs.forEach((r, i) => expect(r.dbRequests).toBe(i % 2 ? 1 : 2));
  expect(host.engine.dump('notes')).toHaveLength(26);
});
