/**
 * Conformance: transactions behave as WeChat documents them, through the REAL wx-server-sdk.
 *
 * WeChat, 云开发 › 数据库 › 事务 (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html),
 * 快照隔离:
 *   1. 事务期间，读操作返回的是对象的快照，而非实际数据
 *   2. 事务期间，写操作会：1. 改变快照，保证接下来的读的一致性；2. 给对象加上事务锁
 *   3. 事务锁：如果对象上存在事务锁，那么：1. 其它事务的写入会直接失败；2. 普通的更新操作会被阻塞，直到事务锁释放或者超时
 *   4. 事务提交后，操作完毕的快照会被原子性地写入数据库中
 * 单记录操作: 在事务中不支持批量操作（where 语句），只支持单记录操作（collection.doc, collection.add）.
 *
 * Point 3's waiting plain writes are in wechat-lock-waits.test.ts.
 *
 * The error text and the read-skew case come from CloudBase node-sdk's own integration tests, which
 * run against the real service (test/database/transaction: 冲突检测, 读快照, 读偏, 事务提交后不能进行其它操作).
 */
import type { DbEngine } from '../../emulator/db';
import { failure, LOCK_WAIT_MS, openPassagesEngine, passage, resetPassages, sdkDatabase } from './support';

const CONFLICT =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';
const NOT_EXIST =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.';

let engine: DbEngine;
let db: any;

beforeAll(() => {
  engine = openPassagesEngine({ lockWaitMs: LOCK_WAIT_MS });
  db = sdkDatabase({ throwOnNotFound: false });
});

afterAll(() => engine.close());

beforeEach(() => resetPassages());

afterEach(() => expect(engine.openTransactions()).toBe(0));

describe('事务锁: a write to a document another open transaction has written fails at once', () => {
  test('document.update: errCode -501001, the real errMsg, no code (wx-server-sdk drops it); the other transaction commits', async () => {
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    const seen = await t1.collection('passages').doc('1').get();
    await t2
      .collection('passages')
      .doc('1')
      .update({ data: { category: '冲突检测' } });
    const err = await failure(
      t1
        .collection('passages')
        .doc('1')
        .update({ data: { category: `${seen.data.category}冲突检测` } }),
    );
    expect(err.errCode).toBe(-501001);
    expect(err.errMsg).toBe(`document.update:fail -501001 resource system error. ${CONFLICT}`);
    expect(err.code).toBeUndefined();
    // The conflict ended t1 (MongoDB aborts the transaction); its commit keeps the service's code.
    const over = await failure(t1.commit());
    expect(over).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST });
    await t2.commit();
    expect((await passage('1')).category).toBe('冲突检测');
  });

  test('set, remove and add of a held document fail the same way, each with its API name', async () => {
    for (const [api, write] of [
      [
        'document.set',
        (t: any) =>
          t
            .collection('passages')
            .doc('2')
            .set({ data: { category: 'x' } }),
      ],
      ['document.remove', (t: any) => t.collection('passages').doc('2').remove()],
      ['collection.add', (t: any) => t.collection('passages').add({ data: { _id: 'new', category: 'x' } })],
    ] as const) {
      const holder = await db.startTransaction();
      const id = api === 'collection.add' ? 'new' : '2';
      await holder
        .collection('passages')
        .doc(id)
        .set({ data: { category: 'held' } });
      const t = await db.startTransaction();
      const err = await failure(write(t));
      expect(err).toMatchObject({ errCode: -501001, errMsg: `${api}:fail -501001 resource system error. ${CONFLICT}` });
      await holder.rollback();
    }
  });

  test('transactions writing different documents do not conflict', async () => {
    const t1 = await db.startTransaction();
    const t2 = await db.startTransaction();
    await t1
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'a' } });
    await t2
      .collection('passages')
      .doc('2')
      .update({ data: { category: 'b' } });
    await Promise.all([t1.commit(), t2.commit()]);
    expect([(await passage('1')).category, (await passage('2')).category]).toEqual(['a', 'b']);
  });
});

describe('快照: a transaction reads the snapshot taken at its first operation', () => {
  test('读快照: its own writes are visible to it and to nobody else until commit', async () => {
    const t = await db.startTransaction();
    await t
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'update in transaction' } });
    expect((await passage('1')).category).toBe('Web');
    expect((await t.collection('passages').doc('1').get()).data.category).toBe('update in transaction');
    await t.rollback();
    expect((await passage('1')).category).toBe('Web');
  });

  test('读偏: later outside writes stay invisible, even to documents first read after them; writing one conflicts', async () => {
    const t = await db.startTransaction();
    await t.collection('passages').doc('1').get(); // the snapshot is taken here
    await db
      .collection('passages')
      .doc('1')
      .set({ data: { category: 'wwwwwwwwwwwwwwwww' } });
    await db
      .collection('passages')
      .doc('2')
      .set({ data: { category: 'hhhhhhhhhhhhhhh' } });
    await db.collection('passages').add({ data: { _id: '4', category: 'later' } });
    expect((await t.collection('passages').doc('1').get()).data).toEqual({ _id: '1', category: 'Web' });
    expect((await t.collection('passages').doc('2').get()).data).toEqual({ _id: '2', category: 'Web' });
    expect((await t.collection('passages').doc('4').get()).data).toBeNull();
    const err = await failure(
      t
        .collection('passages')
        .doc('1')
        .update({ data: { category: 'transaction' } }),
    );
    expect(err).toMatchObject({
      errCode: -501001,
      errMsg: `document.update:fail -501001 resource system error. ${CONFLICT}`,
    });
    expect((await passage('1')).category).toBe('wwwwwwwwwwwwwwwww');
  });

  test('reads never wait: a plain get of a held document answers with the committed version', async () => {
    const t = await db.startTransaction();
    await t
      .collection('passages')
      .doc('3')
      .update({ data: { n: 5 } });
    expect((await passage('3')).n).toBe(0); // answered while t still holds the document
    await t.commit();
    expect((await passage('3')).n).toBe(5);
  });
});

test('单记录操作: where is refused inside a transaction', async () => {
  const t = await db.startTransaction();
  const err = await failure(t.collection('passages').where({ category: 'Web' }).get());
  expect(err.errCode).toBe(-502001);
  await t.rollback();
});
