/**
 * Transactions through the REAL wx-server-sdk: buffered writes, read-your-writes, rollback, a
 * missing document, an error in the callback, the operations refused inside a transaction, unknown
 * transaction ids, and what onRequest counts. Write skew, waiting plain writes, conflicts, expiry and
 * 100 overlapping increments are in db-transaction-conflicts.test.ts; the write-time conflict,
 * snapshot reads and waiting plain writes as WeChat documents them in wechat-transactions.test.ts.
 */
import type { DbEngine } from '../../emulator/db';
import { balance, failure, openAccountsEngine, resetAccounts, sdkDatabase } from './support';

let engine: DbEngine;
let db: any;
let lenient: any;
let _: any;
const actions: string[] = [];

beforeAll(() => {
  engine = openAccountsEngine();
  engine.onRequest = (action) => actions.push(action);
  [db, lenient] = [sdkDatabase(), sdkDatabase({ throwOnNotFound: false })];
  _ = db.command;
});

afterAll(() => engine.close());

beforeEach(() => resetAccounts());

test('runTransaction commits every operation and returns the callback value; reads see own writes', async () => {
  const result = await db.runTransaction(async (t: any) => {
    const a = await t.collection('acc').doc('alice').get();
    expect(a).toEqual({ data: { _id: 'alice', balance: 100 }, errMsg: 'document.get:ok' });
    expect(
      await t
        .collection('acc')
        .doc('alice')
        .update({ data: { balance: _.inc(-30) } }),
    ).toEqual({
      stats: { updated: 1 },
      errMsg: 'document.update:ok',
    });
    await t
      .collection('acc')
      .doc('bob')
      .update({ data: { balance: _.inc(30) } });
    // Inside the transaction set() reports created: 0 even when it creates (the SDK's own quirk).
    expect(
      await t
        .collection('acc')
        .doc('carol')
        .set({ data: { balance: 1 } }),
    ).toEqual({
      _id: 'carol',
      errMsg: 'document.set:ok',
      stats: { updated: 0, created: 0 },
    });
    const added = await t.collection('acc').add({ data: { _id: 'dave', balance: 2 } });
    expect(added).toEqual({ _id: 'dave', errMsg: 'collection.add:ok' });
    const generated = await t.collection('acc').add({ data: { balance: 3 } });
    expect(generated._id).toMatch(/^[0-9a-f]{32}$/);
    expect((await t.collection('acc').doc('alice').get()).data.balance).toBe(70);
    expect((await t.collection('acc').doc('carol').get()).data).toEqual({ _id: 'carol', balance: 1 });
    expect(await t.collection('acc').doc('dave').remove()).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    });
    return 'done';
  });
  expect(result).toBe('done');
  expect([await balance('alice'), await balance('bob'), await balance('carol'), await balance('dave')]).toEqual([
    70,
    30,
    1,
    null,
  ]);
  expect((await db.collection('acc').count()).total).toBe(4);
});

test('writes stay invisible outside until commit; rollback discards them', async () => {
  const t = await db.startTransaction();
  await t
    .collection('acc')
    .doc('alice')
    .update({ data: { balance: 1 } });
  await t.collection('acc').add({ data: { _id: 'eve', balance: 5 } });
  expect(await balance('alice')).toBe(100);
  expect(await balance('eve')).toBeNull();
  await t.rollback();
  expect(await balance('alice')).toBe(100);
  expect(await balance('eve')).toBeNull();

  const t2 = await db.startTransaction();
  await t2.collection('acc').doc('alice').remove();
  expect(await balance('alice')).toBe(100);
  await t2.commit();
  expect(await balance('alice')).toBeNull();
});

test('a missing document inside a transaction: get throws (or null data), update reports 0', async () => {
  await db.runTransaction(async (t: any) => {
    const err = await failure(t.collection('acc').doc('ghost').get());
    expect(err).toMatchObject({ errCode: -1, message: 'document.get:fail document with _id ghost does not exist' });
    expect(
      (
        await t
          .collection('acc')
          .doc('ghost')
          .update({ data: { a: 1 } })
      ).stats.updated,
    ).toBe(0);
  });
  const t = await lenient.startTransaction();
  expect(await t.collection('acc').doc('ghost').get()).toEqual({ data: null, errMsg: 'document.get:ok' });
  await t.rollback();
});

test('an error in the callback rolls everything back and reaches the caller', async () => {
  const boom = new Error('boom');
  await expect(
    db.runTransaction(async (t: any) => {
      await t
        .collection('acc')
        .doc('alice')
        .update({ data: { balance: 0 } });
      throw boom;
    }),
  ).rejects.toBe(boom);
  expect(await balance('alice')).toBe(100);
  // A custom rollback reason is what runTransaction rejects with.
  await expect(
    db.runTransaction(async (t: any) => {
      await t
        .collection('acc')
        .doc('alice')
        .update({ data: { balance: 0 } });
      await t.rollback('not enough');
    }),
  ).rejects.toBe('not enough');
  expect(await balance('alice')).toBe(100);
});

test('a duplicate add inside a transaction fails like outside', async () => {
  const err = await failure(db.runTransaction(async (t: any) => t.collection('acc').add({ data: { _id: 'alice' } })));
  expect(err.errCode).toBe(-502001);
  expect(err.message).toMatch(/E11000 duplicate key error collection: tnt-local\.acc index: _id_/);
  // A failed write ends the transaction (MongoDB aborts it): nothing is left open.
  expect(engine.openTransactions()).toBe(0);
});

test('where, collection get/update/remove/count and aggregate are refused inside a transaction', async () => {
  const t = await db.startTransaction();
  const c = t.collection('acc');
  const refused = [
    await failure(c.where({ balance: 100 }).get()),
    await failure(c.get()),
    await failure(c.where({ balance: 100 }).update({ data: { balance: 1 } })),
    await failure(c.where({ balance: 100 }).remove()),
    await failure(c.where({ balance: 100 }).count()),
  ];
  for (const err of refused) {
    expect(err.errCode).toBe(-502001);
    expect(err.message).toMatch(/inside a transaction/);
  }
  await t.rollback();
  expect(await balance('alice')).toBe(100);
  await expect(
    engine.handle('database.aggregateDocuments', { collectionName: 'acc', stages: [], transactionId: 'x' }),
  ).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
});

test('an unknown transaction id is refused', async () => {
  await expect(engine.handle('database.commitTransaction', { transactionId: 'tx_nope' })).rejects.toMatchObject({
    code: 'DATABASE_TRANSACTION_FAIL',
  });
  await expect(
    engine.handle('database.getDocument', {
      collectionName: 'acc',
      queryType: 'DOC',
      query: '{"_id":"alice"}',
      transactionId: 'tx_nope',
    }),
  ).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
});

test('every request of a transaction counts in onRequest', async () => {
  actions.length = 0;
  await db.runTransaction(async (t: any) => {
    await t.collection('acc').doc('alice').get();
    await t
      .collection('acc')
      .doc('alice')
      .update({ data: { balance: 1 } });
  });
  expect(actions).toEqual([
    'database.startTransaction',
    'database.getDocument',
    'database.modifyDocument',
    'database.commitTransaction',
  ]);
});
