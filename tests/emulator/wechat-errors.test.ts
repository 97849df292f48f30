/**
 * Conformance: every error the local database raises reaches code through the REAL wx-server-sdk with
 * the errCode and errMsg WeChat's gives, verbatim.
 *
 * Sources:
 * - codes: WeChat 云开发 错误码 (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference/errcode.html)
 *   and wx-server-sdk 4.0.2's TCB_ERR_CODE table (a service code it does not list becomes -501001,
 *   "resource system error"); the SDK builds errMsg as `<api>:fail <errCode> <description>. <message>`;
 * - messages: the service's own, as WeChat cloud function logs show them (`[ResourceNotFound] Db or
 *   Table not exist: <name>.`, MongoDB's E11000 and "Cannot create field" inside the Go driver's
 *   write-error text), CloudBase node-sdk's integration tests for transactions, and the CloudBase
 *   HTTP API reference for a query-less update (`param.query can't be empty`).
 */
import { installDatabaseTransport, type DbEngine } from '../../emulator/db';
import { openTestEngine } from '../support/engine';

let engine: DbEngine;
let db: any;
let _: any;

beforeAll(async () => {
  engine = openTestEngine();
  engine.ensureCollections({
    todos: { indexes: [] },
    units: { indexes: [{ name: 'code', unique: true, keys: { code: 1 } }] },
  });
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database();
  _ = db.command;
  await db
    .collection('todos')
    .add({ data: [{ _id: 'dup' }, { _id: 'g', lastMove: null, title: '标题', tags: 'a', n: 1 }] });
  await db.collection('units').add({ data: { _id: 'u1', code: 'X1' } });
});

afterAll(() => engine.close());

async function rejection(p: Promise<unknown>): Promise<{ errCode: unknown; errMsg: unknown; code: unknown }> {
  try {
    await p;
  } catch (e) {
    const err = e as { errCode?: unknown; errMsg?: unknown; code?: unknown };
    return { errCode: err.errCode, errMsg: err.errMsg, code: err.code };
  }
  throw new Error('expected the call to fail');
}

const REQUEST_FAIL = '-502001 database request fail.';
const writeErrors = (m: string) => `[FailedOperation] multiple write errors: [{write errors: [{${m}}]}, {<nil>}]`;

test('-502005: a missing collection', async () => {
  expect(await rejection(db.collection('no_such').get())).toEqual({
    errCode: -502005,
    errMsg:
      'collection.get:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist: no_such.',
    code: undefined,
  });
  expect(
    (
      await rejection(
        db
          .collection('no_such')
          .doc('x')
          .update({ data: { a: 1 } }),
      )
    ).errMsg,
  ).toBe(
    'document.update:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist: no_such.',
  );
});

test('-502001: a duplicate _id or unique key (E11000)', async () => {
  expect(await rejection(db.collection('todos').add({ data: { _id: 'dup' } }))).toMatchObject({
    errCode: -502001,
    errMsg: `collection.add:fail ${REQUEST_FAIL} [FailedOperation.Insert] bulk write error: [{E11000 duplicate key error collection: tnt-local.todos index: _id_ dup key: { _id: "dup" }}]`,
  });
  await db.collection('units').add({ data: { _id: 'u2', code: 'X2' } });
  expect(
    (
      await rejection(
        db
          .collection('units')
          .doc('u2')
          .update({ data: { code: 'X1' } }),
      )
    ).errMsg,
  ).toBe(
    `document.update:fail ${REQUEST_FAIL} ${writeErrors('E11000 duplicate key error collection: tnt-local.units index: code dup key: { code: "X1" }')}`,
  );
});

test('-502001: updates MongoDB refuses', async () => {
  // The SDK sends a nested object as dotted paths: lastMove.row into a null lastMove.
  expect(
    await rejection(
      db
        .collection('todos')
        .doc('g')
        .update({ data: { lastMove: { row: 1 } } }),
    ),
  ).toMatchObject({
    errCode: -502001,
    errMsg: `document.update:fail ${REQUEST_FAIL} ${writeErrors("Cannot create field 'row' in element {lastMove: null}")}`,
  });
  expect(
    (
      await rejection(
        db
          .collection('todos')
          .doc('g')
          .update({ data: { 'title.sub': 1 } }),
      )
    ).errMsg,
  ).toBe(
    `document.update:fail ${REQUEST_FAIL} ${writeErrors('Cannot create field \'sub\' in element {title: "标题"}')}`,
  );
  expect(
    (
      await rejection(
        db
          .collection('todos')
          .doc('g')
          .update({ data: { title: _.inc(1) } }),
      )
    ).errMsg,
  ).toBe(
    `document.update:fail ${REQUEST_FAIL} ${writeErrors('Cannot apply $inc to a value of non-numeric type. {_id: "g"} has the field \'title\' of non-numeric type string')}`,
  );
  expect(
    (
      await rejection(
        db
          .collection('todos')
          .doc('g')
          .update({ data: { tags: _.push('b') } }),
      )
    ).errMsg,
  ).toBe(
    `document.update:fail ${REQUEST_FAIL} ${writeErrors('The field \'tags\' must be an array but is of type string in document {_id: "g"}')}`,
  );
  // Through where().update() too, and nothing is written.
  expect(
    (
      await rejection(
        db
          .collection('todos')
          .where({ _id: 'g' })
          .update({ data: { n: _.push(2) } }),
      )
    ).errCode,
  ).toBe(-502001);
  expect((await db.collection('todos').doc('g').get()).data).toEqual({
    _id: 'g',
    lastMove: null,
    title: '标题',
    tags: 'a',
    n: 1,
  });
  // Replacing the whole value is fine: _.set.
  await db
    .collection('todos')
    .doc('g')
    .update({ data: { lastMove: _.set({ row: 1 }) } });
});

test('-502001: an update or remove with no query', async () => {
  expect(await rejection(db.collection('todos').update({ data: { n: 2 } }))).toMatchObject({
    errCode: -502001,
    errMsg: `collection.update:fail ${REQUEST_FAIL} [InvalidParameter] param.query can't be empty`,
  });
  expect((await rejection(db.collection('todos').where({}).remove())).errMsg).toBe(
    `collection.remove:fail ${REQUEST_FAIL} [InvalidParameter] param.query can't be empty`,
  );
});

test('-501001 + TransactionConflict through a document call; the raw service code only on commit', async () => {
  const holder = await db.startTransaction();
  await holder
    .collection('todos')
    .doc('dup')
    .update({ data: { n: 1 } });
  const t = await db.startTransaction();
  expect(
    await rejection(
      t
        .collection('todos')
        .doc('dup')
        .update({ data: { n: 2 } }),
    ),
  ).toEqual({
    errCode: -501001,
    errMsg:
      'document.update:fail -501001 resource system error. [ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
    code: undefined,
  });
  // The conflict ended t: its commit rejects with the service's error as is, code kept.
  const commit = (await t.commit().catch((e: unknown) => e)) as {
    code?: unknown;
    message?: unknown;
    errCode?: unknown;
  };
  expect(commit.code).toBe('DATABASE_TRANSACTION_FAIL');
  expect(commit.message).toBe(
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
  );
  expect(commit.errCode).toBeUndefined();
  await holder.rollback();
});

test('-1: doc().get() of a missing id (the SDK raises it)', async () => {
  expect(await rejection(db.collection('todos').doc('nope').get())).toEqual({
    errCode: -1,
    errMsg: 'document.get:fail document with _id nope does not exist',
    code: undefined,
  });
});
