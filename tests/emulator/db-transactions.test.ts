/**
 * Transactions through the REAL wx-server-sdk: buffered writes, read-your-writes, rollback, the
 * operations refused inside a transaction, expiry, and 100 overlapping increments of one counter that
 * lose nothing. The write-time conflict, snapshot reads and waiting plain writes, as WeChat documents
 * them, are in wechat-transactions.test.ts.
 */
import { installDatabaseTransport, openEngine, type DbEngine } from '../../emulator/db';

let engine: DbEngine;
let db: any;
let lenient: any;
let _: any;
let clock = 1_700_000_000_000;
const actions: string[] = [];

beforeAll(() => {
  engine = openEngine({ file: ':memory:', now: () => clock, transactionTtlMs: 30_000 });
  engine.ensureCollections({ acc: { indexes: [] }, counters: { indexes: [] } });
  engine.onRequest = (action) => actions.push(action);
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database();
  lenient = cloud.database({ throwOnNotFound: false });
  _ = db.command;
});

afterAll(() => engine.close());

beforeEach(async () => {
  await db
    .collection('acc')
    .where({ _id: _.exists(true) })
    .remove();
  await db.collection('acc').add({
    data: [
      { _id: 'alice', balance: 100 },
      { _id: 'bob', balance: 0 },
    ],
  });
});

async function balance(id: string): Promise<number | null> {
  return (await lenient.collection('acc').doc(id).get()).data?.balance ?? null;
}

async function failure(p: Promise<unknown>): Promise<{ errCode?: unknown; code?: unknown; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { errCode?: unknown; code?: unknown; message?: unknown; errMsg?: unknown };
    return { errCode: err.errCode, code: err.code, message: String(err.errMsg ?? err.message) };
  }
  throw new Error('expected the call to fail');
}

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

test('reads are not checked at commit: a document only read may change meanwhile (write skew, as in MongoDB)', async () => {
  const t = await db.startTransaction();
  await t.collection('acc').doc('alice').get();
  await t
    .collection('acc')
    .doc('bob')
    .update({ data: { balance: _.inc(1) } });
  await db
    .collection('acc')
    .doc('alice')
    .update({ data: { balance: 99 } }); // someone else: not held, goes through
  await t.commit();
  expect([await balance('alice'), await balance('bob')]).toEqual([99, 1]);
  // The transaction is over: a second commit or a rollback is an error.
  expect((await failure(t.commit())).code).toBe('DATABASE_TRANSACTION_FAIL');
  expect((await failure(t.rollback())).code).toBe('DATABASE_TRANSACTION_FAIL');
});

test('a plain add of a document a transaction is creating waits for it, then finds it there', async () => {
  const t = await lenient.startTransaction();
  expect((await t.collection('acc').doc('frank').get()).data).toBeNull();
  await t
    .collection('acc')
    .doc('frank')
    .set({ data: { balance: 1 } });
  const plain = failure(db.collection('acc').add({ data: { _id: 'frank', balance: 7 } }));
  await new Promise((r) => setTimeout(r, 30));
  await t.commit();
  const err = await plain;
  expect(err.errCode).toBe(-502001);
  expect(err.message).toMatch(
    /E11000 duplicate key error collection: tnt-local\.acc index: _id_ dup key: \{ _id: "frank" \}/,
  );
  expect(await balance('frank')).toBe(1);
});

test("runTransaction's own retry does not cover a write-time conflict: wx-server-sdk drops the code", async () => {
  // @cloudbase/database retries when the callback's error has code DATABASE_TRANSACTION_CONFLICT;
  // wx-server-sdk's document calls reject with { errCode: -501001, errMsg } instead, so the conflict
  // reaches the caller after one attempt. Code that wants retries must read errMsg (lib/db-errors).
  let attempts = 0;
  const err = await failure(
    db.runTransaction(async (t: any) => {
      attempts += 1;
      const { data } = await t.collection('acc').doc('alice').get();
      await db
        .collection('acc')
        .doc('alice')
        .update({ data: { balance: _.inc(1) } }); // interleaved writer
      await t
        .collection('acc')
        .doc('alice')
        .update({ data: { balance: data.balance + 10 } });
    }),
  );
  expect(attempts).toBe(1);
  expect(err.code).toBeUndefined();
  expect(err.errCode).toBe(-501001);
  expect(err.message).toMatch(/\[ResourceUnavailable\.TransactionConflict\] Transaction is conflict/);
  expect(await balance('alice')).toBe(101);
  expect(engine.openTransactions()).toBe(0);
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

test('transactions left open expire after 30 s', async () => {
  const t = await db.startTransaction();
  await t
    .collection('acc')
    .doc('alice')
    .update({ data: { balance: 5 } });
  clock += 30_001;
  const err = await failure(t.commit());
  expect(err.code).toBe('DATABASE_TRANSACTION_FAIL');
  expect(err.message).toMatch(/transaction must be commit or abort in 30 seconds/);
  expect(await balance('alice')).toBe(100);
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

test('100 overlapping runTransaction increments of one counter lose nothing', async () => {
  await db.collection('counters').add({ data: { _id: 'c', n: 0 } });
  const conflictsBefore = engine.stats.conflicts;
  let callbacks = 0;
  let outerRetries = 0;
  const increment = async (): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        await db.runTransaction(async (t: any) => {
          callbacks += 1;
          const { data } = await t.collection('counters').doc('c').get();
          await t
            .collection('counters')
            .doc('c')
            .update({ data: { n: data.n + 1 } });
        });
        return;
      } catch (e) {
        // A write-time conflict arrives as errCode -501001 with TransactionConflict in errMsg.
        if (!/TransactionConflict/.test(String((e as { errMsg?: unknown }).errMsg)) || attempt > 100) throw e;
        // Back off at random, longer each time: one document takes one writer at a time, so the
        // window must grow with the crowd.
        outerRetries += 1;
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(1000, 2 ** attempt)));
      }
    }
  };
  await Promise.all(Array.from({ length: 100 }, increment));
  expect((await db.collection('counters').doc('c').get()).data.n).toBe(100);
  const conflicts = engine.stats.conflicts - conflictsBefore;
  expect(callbacks).toBe(100 + conflicts); // every failed attempt was a detected conflict

  console.log(`100 increments: ${callbacks} callback runs, ${conflicts} write-time conflicts, ${outerRetries} retries`);
}, 120_000);
