/**
 * Transactions meeting other writers through the REAL wx-server-sdk: reads are not checked at commit
 * (write skew), a plain add waits for the transaction creating its document, runTransaction's own
 * retry does not cover a write-time conflict, transactions left open expire, and 100 overlapping
 * increments of one counter lose nothing. What a single transaction does is in db-transactions.test.ts.
 */
import type { DbEngine } from '../../emulator/db';
import { balance, failure, openAccountsEngine, resetAccounts, sdkDatabase } from './support';

let engine: DbEngine;
let db: any;
let lenient: any;
let _: any;
let clock = 1_700_000_000_000;

beforeAll(() => {
  engine = openAccountsEngine(() => clock);
  [db, lenient] = [sdkDatabase(), sdkDatabase({ throwOnNotFound: false })];
  _ = db.command;
});

afterAll(() => engine.close());

beforeEach(() => resetAccounts());

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
