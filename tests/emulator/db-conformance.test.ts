/**
 * The local database through the REAL wx-server-sdk: add, and a document's get / set / update /
 * remove, with the exact result shapes and error codes the real service gives. Queries and update
 * operators are in db-conformance-queries.test.ts; limits, aggregation and errors in
 * db-conformance-aggregate.test.ts. db-threaded.test.ts runs all three again on a thread of its own.
 */
import type { DbEngine } from '../../emulator/db';
import { openConformanceDb, rejection } from './support';

let engine: DbEngine;
let db: any;
let lenient: any;
let _: any;

beforeAll(() => {
  ({ engine, db, lenient, _ } = openConformanceDb());
});

afterAll(() => engine.close());

describe('add', () => {
  test('one document: a generated 32-hex _id', async () => {
    const res = await db.collection('todos').add({ data: { title: 'a', tag: 't1' } });
    expect(Object.keys(res).sort()).toEqual(['_id', 'errMsg']);
    expect(res._id).toMatch(/^[0-9a-f]{32}$/);
    expect(res.errMsg).toBe('collection.add:ok');
  });

  test('many documents at once: _ids in order', async () => {
    const res = await db.collection('todos').add({
      data: [
        { _id: 'm1', tag: 't2' },
        { _id: 'm2', tag: 't2' },
      ],
    });
    expect(res).toEqual({ _ids: ['m1', 'm2'], errMsg: 'collection.add:ok' });
  });

  test('a duplicate _id is refused with -502001 and E11000, and nothing of the batch is written', async () => {
    await db.collection('todos').add({ data: { _id: 'dup', tag: 'x' } });
    const err = await rejection(db.collection('todos').add({ data: { _id: 'dup', tag: 'y' } }));
    expect(err.errCode).toBe(-502001);
    expect(err.errMsg).toBe(
      'collection.add:fail -502001 database request fail. [FailedOperation.Insert] bulk write error: [{E11000 duplicate key error collection: tnt-local.todos index: _id_ dup key: { _id: "dup" }}]',
    );
    await rejection(db.collection('todos').add({ data: [{ _id: 'fresh', tag: 'z' }, { _id: 'dup' }] }));
    expect((await lenient.collection('todos').doc('fresh').get()).data).toBeNull();
    expect((await db.collection('todos').doc('dup').get()).data.tag).toBe('x');
  });

  test('numeric and string ids are different documents', async () => {
    await db
      .collection('todos')
      .doc(7)
      .set({ data: { kind: 'number' } });
    await db
      .collection('todos')
      .doc('7')
      .set({ data: { kind: 'string' } });
    expect((await db.collection('todos').doc(7).get()).data).toEqual({ _id: 7, kind: 'number' });
    expect((await db.collection('todos').doc('7').get()).data).toEqual({ _id: '7', kind: 'string' });
  });
});

describe('document get / set / update / remove', () => {
  test('get returns the stored document, with Dates, nested arrays and server dates', async () => {
    const before = Date.now();
    const { _id } = await db.collection('todos').add({
      data: {
        due: new Date('2024-05-06T07:08:09.010Z'),
        nested: { list: [1, { at: new Date(5) }], pi: 3.14, big: 2 ** 40 },
        created: db.serverDate(),
        later: db.serverDate({ offset: 60_000 }),
        re: db.RegExp({ regexp: '^x', options: 'i' }),
      },
    });
    const after = Date.now();
    const res = await db.collection('todos').doc(_id).get();
    expect(res.errMsg).toBe('document.get:ok');
    expect(Object.keys(res).sort()).toEqual(['data', 'errMsg']);
    const d = res.data;
    expect(d._id).toBe(_id);
    expect(d.due).toBeInstanceOf(Date);
    expect(d.due.toISOString()).toBe('2024-05-06T07:08:09.010Z');
    expect(d.nested.list[1].at).toEqual(new Date(5));
    expect(d.nested).toMatchObject({ pi: 3.14, big: 2 ** 40 });
    expect(d.created).toBeInstanceOf(Date);
    expect(d.created.getTime()).toBeGreaterThanOrEqual(before);
    expect(d.created.getTime()).toBeLessThanOrEqual(after);
    expect(d.later.getTime() - d.created.getTime()).toBe(60_000);
  });

  test('get of a missing id throws errCode -1, or returns null data with throwOnNotFound: false', async () => {
    const err = await rejection(db.collection('todos').doc('nope').get());
    expect(err).toEqual({ errCode: -1, errMsg: 'document.get:fail document with _id nope does not exist' });
    expect(await lenient.collection('todos').doc('nope').get()).toEqual({ data: null, errMsg: 'document.get:ok' });
  });

  test('field() projects a single document', async () => {
    await db
      .collection('todos')
      .doc('p1')
      .set({ data: { a: 1, b: 2, c: { d: 3, e: 4 } } });
    expect((await db.collection('todos').doc('p1').field({ a: true, 'c.d': true }).get()).data).toEqual({
      _id: 'p1',
      a: 1,
      c: { d: 3 },
    });
    expect((await db.collection('todos').doc('p1').field({ b: false, c: false }).get()).data).toEqual({
      _id: 'p1',
      a: 1,
    });
  });

  test('set creates, then replaces the whole document', async () => {
    const created = await db
      .collection('todos')
      .doc('s1')
      .set({ data: { a: 1, b: 2 } });
    expect(created).toEqual({ _id: 's1', errMsg: 'document.set:ok', stats: { updated: 0, created: 1 } });
    const replaced = await db
      .collection('todos')
      .doc('s1')
      .set({ data: { c: 3 } });
    expect(replaced).toEqual({ _id: 's1', errMsg: 'document.set:ok', stats: { updated: 1, created: 0 } });
    expect((await db.collection('todos').doc('s1').get()).data).toEqual({ _id: 's1', c: 3 });
  });

  test('update: updated 1, 0 when nothing changes, 0 for a missing document', async () => {
    await db
      .collection('todos')
      .doc('u1')
      .set({ data: { n: 1, o: { p: 1 } } });
    expect(
      await db
        .collection('todos')
        .doc('u1')
        .update({ data: { n: 2, o: { q: 2 } } }),
    ).toEqual({
      stats: { updated: 1 },
      errMsg: 'document.update:ok',
    });
    // A plain nested object updates its fields, it does not replace the object.
    expect((await db.collection('todos').doc('u1').get()).data).toEqual({ _id: 'u1', n: 2, o: { p: 1, q: 2 } });
    expect(
      (
        await db
          .collection('todos')
          .doc('u1')
          .update({ data: { n: 2 } })
      ).stats.updated,
    ).toBe(0);
    expect(
      (
        await db
          .collection('todos')
          .doc('missing')
          .update({ data: { n: 1 } })
      ).stats.updated,
    ).toBe(0);
    expect((await lenient.collection('todos').doc('missing').get()).data).toBeNull();
  });

  test('remove: removed 1, then 0', async () => {
    await db
      .collection('todos')
      .doc('r1')
      .set({ data: { x: 1 } });
    expect(await db.collection('todos').doc('r1').remove()).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    });
    expect(await db.collection('todos').doc('r1').remove()).toEqual({
      stats: { removed: 0 },
      errMsg: 'document.remove:ok',
    });
  });

  test('_id cannot be updated', async () => {
    await db
      .collection('todos')
      .doc('i1')
      .set({ data: { x: 1, y: 2 } });
    // The SDK itself refuses an _id key (-501007 INVALID_PARAM) ...
    const sdkSide = await rejection(
      db
        .collection('todos')
        .doc('i1')
        .update({ data: { _id: 'i2' } }),
    );
    expect(sdkSide.errCode).toBe(-501007);
    // ... and the server refuses any operator that would change it.
    const serverSide = await rejection(
      db
        .collection('todos')
        .doc('i1')
        .update({ data: { y: _.rename('_id') } }),
    );
    expect(serverSide.errCode).toBe(-502001);
    expect(serverSide.errMsg).toMatch(/immutable field '_id'/);
    const multi = await rejection(
      db
        .collection('todos')
        .where({ _id: 'i1' })
        .update({ data: { y: _.rename('_id') } }),
    );
    expect(multi.errCode).toBe(-502001);
    await expect(
      engine.handle('database.modifyDocument', {
        collectionName: 'todos',
        queryType: 'DOC',
        query: '{"_id":"i1"}',
        data: '{"$set":{"_id":"i2"}}',
        merge: true,
        multi: false,
        upsert: false,
      }),
    ).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect((await db.collection('todos').doc('i1').get()).data).toEqual({ _id: 'i1', x: 1, y: 2 });
  });
});
