/**
 * The local database's limits, aggregation and errors through the REAL wx-server-sdk: the 100 / 1000
 * read limits and aggregate's 20, the pipeline stages (match, group, lookup, unwind, ...), and the
 * error codes for missing collections, unknown operators and actions, as the real service gives them.
 * db-threaded.test.ts runs these again on a thread of its own.
 */
import type { DbEngine } from '../../emulator/db';
import { openConformanceDb, rejection } from './support';

let engine: DbEngine;
let db: any;
let _: any;
let $: any;

beforeAll(() => {
  ({ engine, db, _, $ } = openConformanceDb());
});

afterAll(() => engine.close());

describe('limits', () => {
  beforeAll(async () => {
    for (let start = 0; start < 1500; start += 500) {
      await db.collection('big').add({ data: Array.from({ length: 500 }, (_x, k) => ({ i: start + k })) });
    }
  });

  test('get returns 100 by default, at most 1000 whatever the limit', async () => {
    expect((await db.collection('big').get()).data).toHaveLength(100);
    expect((await db.collection('big').limit(1000).get()).data).toHaveLength(1000);
    expect((await db.collection('big').limit(5000).get()).data).toHaveLength(1000);
    // The SDK clamps too; a raw request with a larger limit is clamped by the server.
    const raw = (await engine.handle('database.getDocument', {
      collectionName: 'big',
      queryType: 'WHERE',
      limit: 5000,
    })) as {
      data: { list: string[] };
    };
    expect(raw.data.list).toHaveLength(1000);
    expect((await db.collection('big').skip(1400).limit(1000).get()).data).toHaveLength(100);
    expect((await db.collection('big').count()).total).toBe(1500);
  });

  test('natural order is insertion order; orderBy sorts before skip and limit', async () => {
    expect((await db.collection('big').limit(3).get()).data.map((d: { i: number }) => d.i)).toEqual([0, 1, 2]);
    const page = await db.collection('big').orderBy('i', 'desc').skip(10).limit(3).get();
    expect(page.data.map((d: { i: number }) => d.i)).toEqual([1489, 1488, 1487]);
  });

  test('aggregate returns 20 without a limit stage', async () => {
    expect((await db.collection('big').aggregate().end()).list).toHaveLength(20);
    expect(
      (
        await db
          .collection('big')
          .aggregate()
          .match({ i: _.gte(100) })
          .end()
      ).list,
    ).toHaveLength(20);
    expect((await db.collection('big').aggregate().limit(500).end()).list).toHaveLength(500);
  });
});

describe('aggregate', () => {
  beforeAll(async () => {
    await db.collection('users').add({
      data: [
        { _id: 'u1', name: 'Ann', unit: 'x' },
        { _id: 'u2', name: 'Bo', unit: 'y' },
      ],
    });
    await db.collection('orders').add({
      data: [
        { _id: 'o1', user: 'u1', amount: 10, items: ['pen', 'ink'], at: new Date(1000) },
        { _id: 'o2', user: 'u1', amount: 5, items: ['pad'], at: new Date(2000) },
        { _id: 'o3', user: 'u2', amount: 7, items: [], at: new Date(3000) },
        { _id: 'o4', user: 'u3', amount: 1, items: ['pen'], at: new Date(4000) },
      ],
    });
  });

  test('match + group + sort + skip + limit + project', async () => {
    const res = await db
      .collection('orders')
      .aggregate()
      .match({ amount: _.gt(1) })
      .group({ _id: '$user', total: $.sum('$amount'), n: $.sum(1), last: $.max('$at') })
      .sort({ total: -1 })
      .skip(0)
      .limit(10)
      .project({ _id: 0, user: '$_id', total: 1, n: 1, last: 1 })
      .end();
    expect(res).toEqual({
      list: [
        { user: 'u1', total: 15, n: 2, last: new Date(2000) },
        { user: 'u2', total: 7, n: 1, last: new Date(3000) },
      ],
      errMsg: 'collection.aggregate:ok',
    });
  });

  test('lookup + unwind + addFields + replaceRoot + count + sample', async () => {
    const joined = await db
      .collection('orders')
      .aggregate()
      .lookup({ from: 'users', localField: 'user', foreignField: '_id', as: 'buyer' })
      .unwind('$buyer')
      .addFields({ who: '$buyer.name' })
      .sort({ _id: 1 })
      .project({ who: 1, amount: 1 })
      .end();
    // o4's user u3 does not exist: $unwind drops it.
    expect(joined.list).toEqual([
      { _id: 'o1', amount: 10, who: 'Ann' },
      { _id: 'o2', amount: 5, who: 'Ann' },
      { _id: 'o3', amount: 7, who: 'Bo' },
    ]);
    const items = await db.collection('orders').aggregate().unwind('$items').count('n').end();
    expect(items.list).toEqual([{ n: 4 }]);
    const roots = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o1' })
      .replaceRoot({ newRoot: { a: '$amount' } })
      .end();
    expect(roots.list).toEqual([{ a: 10 }]);
    const sample = await db.collection('orders').aggregate().sample({ size: 2 }).end();
    expect(sample.list).toHaveLength(2);
    const missing = await db
      .collection('orders')
      .aggregate()
      .lookup({ from: 'nothing', localField: 'user', foreignField: '_id', as: 'x' })
      .limit(1)
      .end();
    expect(missing.list[0].x).toEqual([]);
  });

  test('lookup by a sub-pipeline of matches (no let): the same joined documents for every input', async () => {
    const one = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o1' })
      .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: 'u2' }).done(), as: 'with' })
      .end();
    expect(one.list).toEqual([
      {
        _id: 'o1',
        user: 'u1',
        amount: 10,
        items: ['pen', 'ink'],
        at: new Date(1000),
        with: [{ _id: 'u2', name: 'Bo', unit: 'y' }],
      },
    ]);
    // Two matches in the sub-pipeline, later stages after the join, skip and limit before it.
    const later = await db
      .collection('orders')
      .aggregate()
      .match({ amount: _.gte(5) })
      .skip(1)
      .limit(5)
      .lookup({
        from: 'users',
        pipeline: $.pipeline()
          .match({ name: _.in(['Ann', 'Bo']) })
          .match({ _id: _.neq('u2') })
          .done(),
        as: 'with',
      })
      .project({ _id: 1, n: $.size('$with') })
      .end();
    expect(later.list).toEqual([
      { _id: 'o2', n: 1 },
      { _id: 'o3', n: 1 },
    ]);
    const none = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'no-such-order' })
      .lookup({ from: 'users', pipeline: $.pipeline().match({ _id: 'u1' }).done(), as: 'with' })
      .end();
    expect(none.list).toEqual([]);
    const nowhere = await db
      .collection('orders')
      .aggregate()
      .match({ _id: 'o4' })
      .lookup({ from: 'nothing', pipeline: $.pipeline().match({ _id: 'u1' }).done(), as: 'with' })
      .end();
    expect(nowhere.list[0].with).toEqual([]);
  });
});

describe('errors', () => {
  test('a missing collection is -502005 for every operation', async () => {
    const c = () => db.collection('no_such');
    const calls: [string, () => Promise<unknown>][] = [
      ['collection.get', () => c().get()],
      ['collection.count', () => c().count()],
      ['collection.add', () => c().add({ data: { a: 1 } })],
      [
        'collection.update',
        () =>
          c()
            .where({ a: 1 })
            .update({ data: { a: 2 } }),
      ],
      ['collection.remove', () => c().where({ a: 1 }).remove()],
      ['document.get', () => c().doc('x').get()],
      [
        'document.set',
        () =>
          c()
            .doc('x')
            .set({ data: { a: 1 } }),
      ],
      [
        'document.update',
        () =>
          c()
            .doc('x')
            .update({ data: { a: 1 } }),
      ],
      ['document.remove', () => c().doc('x').remove()],
    ];
    for (const [api, call] of calls) {
      const err = await rejection(call());
      expect(err.errCode).toBe(-502005);
      expect(err.errMsg.startsWith(`${api}:fail -502005 database collection not exists.`)).toBe(true);
    }
    // wx-server-sdk's aggregate does not map the service's code: the real SDK shows -1 here too.
    const agg = await rejection(c().aggregate().end());
    expect(agg.errCode).toBe(-1);
    expect(agg.errMsg).toMatch(/^collection\.aggregate:fail .*Db or Table not exist: no_such/);
  });

  test('createCollection creates once', async () => {
    expect(await db.createCollection('made')).toMatchObject({ errMsg: 'createCollection:ok' });
    expect(engine.listCollections()).toContain('made');
    await db.collection('made').add({ data: { a: 1 } });
    // createCollection does not map the code either (errCode -1, the service's message kept).
    const again = await rejection(db.createCollection('made'));
    expect(again.errCode).toBe(-1);
    expect(again.errMsg).toMatch(/^createCollection:fail .*Table exist: made/);
  });

  test('an unknown operator is -502002; scripts are refused', async () => {
    const raw = (query: string) =>
      engine.handle('database.getDocument', { collectionName: 'ops', queryType: 'WHERE', query, limit: 10 });
    await expect(raw('{"n":{"$bogus":1}}')).rejects.toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' });
    await expect(raw('{"$where":"true"}')).rejects.toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' });
  });

  test('an unsupported action is refused', async () => {
    await expect(engine.handle('database.nope', {})).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });
});
