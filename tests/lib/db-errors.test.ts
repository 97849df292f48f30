/**
 * The product's reading of database errors, fed the real service's errors verbatim (as WeChat cloud
 * function logs and CloudBase's own SDK tests show them), and the same errors as the local cloud
 * raises them through the real wx-server-sdk. A retry loop that misses the write-time conflict turns
 * every lost race into INTERNAL in production.
 */
import { isDuplicateKey, isTransactionConflict } from '../../server/lib/db-errors';
import { installDatabaseTransport, openEngine, type DbEngine } from '../../emulator/db';

const CONFLICT_MSG =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';

/** What wx-server-sdk's document calls reject with: an Error with errCode and errMsg (no code). */
function sdkError(errCode: number, errMsg: string): Error & { errCode: number; errMsg: string } {
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

describe('verbatim', () => {
  test('a write-time conflict through a document call is a conflict', () => {
    for (const api of ['document.update', 'document.set', 'document.remove', 'collection.add', 'document.get']) {
      expect(
        isTransactionConflict(sdkError(-501001, `${api}:fail -501001 resource system error. ${CONFLICT_MSG}`)),
      ).toBe(true);
    }
  });

  test('a conflicting commit (raw service error, code kept) is a conflict', () => {
    expect(
      isTransactionConflict({ code: 'DATABASE_TRANSACTION_CONFLICT', message: CONFLICT_MSG, requestId: 'r' }),
    ).toBe(true);
  });

  test('other errors are not conflicts', () => {
    const others = [
      sdkError(-501001, 'document.update:fail -501001 resource system error. request timeout'),
      sdkError(
        -501001,
        'document.get:fail -501001 resource system error. [ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.',
      ),
      sdkError(
        -502005,
        'collection.get:fail -502005 database collection not exists. [ResourceNotFound] Db or Table not exist: orders.',
      ),
      sdkError(
        -502001,
        'collection.add:fail -502001 database request fail. [FailedOperation] multiple write errors: [{write errors: [{E11000 duplicate key error collection: tnt-nhxtark38.projects index: _id_ dup key: { : "p1" }}]}, {<nil>}]',
      ),
      new Error('socket hang up'),
    ];
    for (const e of others) expect(isTransactionConflict(e)).toBe(false);
  });

  test('duplicate keys, in both of the service’s wordings, are duplicates; a conflict is not', () => {
    expect(
      isDuplicateKey(
        sdkError(
          -502001,
          'collection.add:fail -502001 database request fail. [FailedOperation] multiple write errors: [{write errors: [{E11000 duplicate key error collection: tnt-nhxtark38.projects index: _id_ dup key: { : "p1" }}]}, {<nil>}]',
        ),
      ),
    ).toBe(true);
    expect(
      isDuplicateKey(
        sdkError(
          -502001,
          'collection.add:fail -502001 database request fail. [FailedOperation.Insert] bulk write error: [{E11000 duplicate key error collection: tnt-8mg0xq1to.poc index: idx_key_unique dup key: { key: "k" }}]',
        ),
      ),
    ).toBe(true);
    expect(
      isDuplicateKey(sdkError(-501001, `document.update:fail -501001 resource system error. ${CONFLICT_MSG}`)),
    ).toBe(false);
  });
});

describe('as the local cloud raises them through wx-server-sdk', () => {
  let engine: DbEngine;
  let db: any;

  beforeAll(async () => {
    engine = openEngine({ file: ':memory:' });
    engine.ensureCollections({ events: { indexes: [] } });
    installDatabaseTransport(engine);
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const cloud = require('wx-server-sdk');
    cloud.init({ env: 'local' });
    db = cloud.database();
    await db.collection('events').add({ data: { _id: 'e1', seats: 0 } });
  });

  afterAll(() => engine.close());

  test('the write-time conflict and the duplicate add are read right', async () => {
    const holder = await db.startTransaction();
    await holder
      .collection('events')
      .doc('e1')
      .update({ data: { seats: 1 } });
    const loser = await db.startTransaction();
    const conflict = await loser
      .collection('events')
      .doc('e1')
      .update({ data: { seats: 2 } })
      .catch((e: unknown) => e);
    expect(isTransactionConflict(conflict)).toBe(true);
    expect(isDuplicateKey(conflict)).toBe(false);
    await holder.commit();
    const dup = await db
      .collection('events')
      .add({ data: { _id: 'e1' } })
      .catch((e: unknown) => e);
    expect(isDuplicateKey(dup)).toBe(true);
    expect(isTransactionConflict(dup)).toBe(false);
  });
});
