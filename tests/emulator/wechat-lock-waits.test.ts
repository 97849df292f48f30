/**
 * Conformance: a plain write meets a transaction's lock as WeChat documents it, through the REAL
 * wx-server-sdk.
 *
 * WeChat, 云开发 › 数据库 › 事务 (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html),
 * 快照隔离 3: 事务锁：如果对象上存在事务锁，那么：2. 普通的更新操作会被阻塞，直到事务锁释放或者超时.
 * The lock itself and snapshot reads are in wechat-transactions.test.ts.
 */
import { installDatabaseTransport, type DbEngine } from '../../emulator/db';
import { failure, LOCK_WAIT_MS, openPassagesEngine, passage, resetPassages, sdkDatabase } from './support';

let engine: DbEngine;
let db: any;
let _: any;

beforeAll(() => {
  engine = openPassagesEngine({ lockWaitMs: LOCK_WAIT_MS });
  db = sdkDatabase({ throwOnNotFound: false });
  _ = db.command;
});

afterAll(() => engine.close());

beforeEach(() => resetPassages());

afterEach(() => expect(engine.openTransactions()).toBe(0));

/** A promise's state, without waiting for it. */
function tracked<T>(p: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let done = false;
  const promise = p.finally(() => {
    done = true;
  });
  return { promise, settled: () => done };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('普通的更新操作会被阻塞，直到事务锁释放或者超时', () => {
  test('a plain update of a held document waits for the commit, then applies on top of it', async () => {
    const t = await db.startTransaction();
    await t
      .collection('passages')
      .doc('3')
      .update({ data: { n: _.inc(10) } });
    const plain = tracked(
      db
        .collection('passages')
        .doc('3')
        .update({ data: { n: _.inc(1), category: 'plain' } }),
    );
    await pause(60);
    expect(plain.settled()).toBe(false);
    expect((await passage('3')).n).toBe(0);
    await t.commit();
    expect(await plain.promise).toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' });
    expect(await passage('3')).toEqual({ _id: '3', category: 'plain', n: 11 });
    expect(engine.stats.lockWaits).toBeGreaterThan(0);
  });

  test('a multi-document update waits for the one held document, then updates them all', async () => {
    const t = await db.startTransaction();
    await t
      .collection('passages')
      .doc('2')
      .update({ data: { category: 'tx' } });
    const plain = tracked(
      db
        .collection('passages')
        .where({ _id: _.in(['1', '2']) })
        .update({ data: { seen: true } }),
    );
    await pause(60);
    expect(plain.settled()).toBe(false);
    expect((await passage('1')).seen).toBeUndefined(); // nothing of it applied yet
    await t.rollback();
    expect(((await plain.promise) as { stats: { updated: number } }).stats.updated).toBe(2);
    expect(await passage('2')).toEqual({ _id: '2', category: 'Web', seen: true });
  });

  test('a plain write to a document a transaction has only read does not wait', async () => {
    const t = await db.startTransaction();
    await t.collection('passages').doc('1').get();
    await db
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'outside' } });
    await t.commit();
    expect((await passage('1')).category).toBe('outside');
  });

  test('the wait is bounded: after the request timeout the plain update fails and nothing is written', async () => {
    const t = await db.startTransaction();
    await t
      .collection('passages')
      .doc('3')
      .update({ data: { n: 1 } });
    const started = performance.now();
    const err = await failure(
      db
        .collection('passages')
        .doc('3')
        .update({ data: { n: 2 } }),
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(LOCK_WAIT_MS - 5);
    expect(err).toMatchObject({
      errCode: -501001,
      errMsg: 'document.update:fail -501001 resource system error. request timeout',
    });
    await t.commit();
    expect((await passage('3')).n).toBe(1);
  });

  test('a transaction nobody ends expires (30 s on WeChat) and releases the waiting write', async () => {
    const short = openPassagesEngine({ transactionTtlMs: 300, lockWaitMs: 10_000 });
    try {
      await db.collection('passages').add({ data: { _id: 'x', n: 0 } });
      const t = await db.startTransaction();
      await t
        .collection('passages')
        .doc('x')
        .update({ data: { n: 1 } });
      const started = performance.now();
      await db
        .collection('passages')
        .doc('x')
        .update({ data: { n: 2 } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(200);
      expect((await passage('x')).n).toBe(2); // the abandoned transaction's write is gone
      expect((await failure(t.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
      expect(short.openTransactions()).toBe(0);
    } finally {
      short.close();
      installDatabaseTransport(engine);
    }
  });
});
