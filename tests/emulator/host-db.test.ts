/**
 * Database requests are counted per invocation (a nested cloud.callFunction counts for the callee),
 * through the real SDK and the local database engine; a timed-out invocation writes nothing more;
 * the round trips a call pays are reported with it.
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
    reader: {
      code: `${DB}exports.main = async () => (await db.collection('notes').where({ owner: cloud.getWXContext().OPENID }).get()).data.length;`,
    },
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
    // Runs past its 1 s timeout, then tries to write (its container would be gone on WeChat).
    late: {
      config: { timeout: 1 },
      code: `${DB}
exports.main = async () => {
  await sleep(1300);
  await db.collection('notes').add({ data: { owner: 'late', text: 'after the timeout' } });
  return 'done';
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
      i % 2
        ? host.invoke('reader', {}, { openid: `o-${i}` })
        : host.invoke('writer', { text: String(i) }, { openid: `o-${i}` }),
    ),
  );
  runs.forEach((r, i) => expect(r.dbRequests).toBe(i % 2 ? 1 : 2));
  expect(host.engine.dump('notes')).toHaveLength(26);
});

test('a timed-out invocation makes no further database request: nothing it writes afterwards lands', async () => {
  const r = await host.invoke('late', {}, { openid: 'o-late' });
  expect(r).toMatchObject({ ok: false, errCode: -504003 });
  await new Promise((resolve) => setTimeout(resolve, 600)); // past its write attempt
  expect(host.engine.dump('notes').filter((n) => n.owner === 'late')).toEqual([]);
});

test('each invocation reports the round trips it paid', async () => {
  host.engine.roundTripMs = 10;
  try {
    const r = await host.invoke('writer', { text: 'rtt' }, { openid: 'o-rtt' });
    expect(r.dbRequests).toBe(2);
    expect(r.dbRoundTripMs).toBeGreaterThanOrEqual(2 * 7);
    expect(r.ms).toBeGreaterThanOrEqual(2 * 7);
  } finally {
    host.engine.roundTripMs = 0;
  }
});
