/**
 * The local database through the REAL wx-server-sdk: every operation the SDK offers, with the exact
 * result shapes, error codes and limits the real service gives.
 */
import { installDatabaseTransport, type DbEngine } from '../../emulator/db';
import { openTestEngine } from '../support/engine';

let engine: DbEngine;
let db: any;
let lenient: any;
let _: any;
let $: any;

beforeAll(() => {
  engine = openTestEngine();
  engine.ensureCollections({
    todos: { indexes: [{ name: 'tag', keys: { tag: 1 } }] },
    ops: {
      indexes: [
        { name: 'n', keys: { n: 1 } },
        { name: 's', keys: { s: 1 } },
      ],
    },
    upd: { indexes: [] },
    big: { indexes: [{ name: 'i', keys: { i: 1 } }] },
    orders: { indexes: [] },
    users: { indexes: [] },
  });
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database();
  lenient = cloud.database({ throwOnNotFound: false });
  _ = db.command;
  $ = db.command.aggregate;
});

afterAll(() => engine.close());

async function rejection(p: Promise<unknown>): Promise<{ errCode: unknown; errMsg: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { errCode?: unknown; errMsg?: unknown; message?: unknown };
    return { errCode: err.errCode, errMsg: String(err.errMsg ?? err.message) };
  }
  throw new Error('expected the call to fail');
}

const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id).sort();

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

describe('queries', () => {
  beforeAll(async () => {
    await db.collection('ops').add({
      data: [
        {
          _id: 'a',
          n: 1,
          s: 'apple',
          tags: ['x', 'y'],
          items: [{ k: 1 }, { k: 5 }],
          nested: { v: 1 },
          d: new Date(1000),
          flag: true,
        },
        {
          _id: 'b',
          n: 2,
          s: 'banana',
          tags: ['y'],
          items: [{ k: 2 }],
          nested: { v: 2 },
          d: new Date(2000),
          flag: false,
        },
        { _id: 'c', n: 3, s: 'Cherry', tags: [], items: [], d: new Date(3000) },
        { _id: 'd', n: 10, s: 'date', tags: ['x', 'y', 'z'], nested: { v: 10 } },
      ],
    });
  });

  const cases: [string, () => unknown, string[]][] = [
    ['literal', () => ({ n: 2 }), ['b']],
    ['eq', () => ({ n: _.eq(2) }), ['b']],
    ['neq', () => ({ n: _.neq(2) }), ['a', 'c', 'd']],
    ['lt', () => ({ n: _.lt(3) }), ['a', 'b']],
    ['lte', () => ({ n: _.lte(3) }), ['a', 'b', 'c']],
    ['gt', () => ({ n: _.gt(2) }), ['c', 'd']],
    ['gte', () => ({ n: _.gte(2) }), ['b', 'c', 'd']],
    ['in', () => ({ s: _.in(['apple', 'date']) }), ['a', 'd']],
    ['nin', () => ({ s: _.nin(['apple']) }), ['b', 'c', 'd']],
    ['and (chained)', () => ({ n: _.gt(1).and(_.lt(10)) }), ['b', 'c']],
    ['and (top level)', () => _.and([{ n: _.gt(1) }, { n: _.lt(10) }]), ['b', 'c']],
    ['or (top level)', () => _.or([{ n: 1 }, { s: 'date' }]), ['a', 'd']],
    ['or (field)', () => ({ n: _.lt(2).or(_.gt(5)) }), ['a', 'd']],
    ['nor', () => _.nor([{ n: 1 }, { n: 2 }]), ['c', 'd']],
    ['not', () => ({ n: _.not(_.gt(2)) }), ['a', 'b']],
    ['exists true', () => ({ flag: _.exists(true) }), ['a', 'b']],
    ['exists false', () => ({ flag: _.exists(false) }), ['c', 'd']],
    ['mod (array)', () => ({ n: _.mod([2, 0]) }), ['b', 'd']],
    ['mod (two args)', () => ({ n: _.mod(3, 1) }), ['a', 'd']],
    ['all', () => ({ tags: _.all(['x', 'y']) }), ['a', 'd']],
    ['elemMatch', () => ({ items: _.elemMatch({ k: _.gt(4) }) }), ['a']],
    ['size', () => ({ tags: _.size(1) }), ['b']],
    ['db.RegExp', () => ({ s: db.RegExp({ regexp: '^c', options: 'i' }) }), ['c']],
    ['JS RegExp', () => ({ s: /an/ }), ['b']],
    ['date range', () => ({ d: _.gt(new Date(1500)) }), ['b', 'c']],
    ['serverDate', () => ({ d: _.lt(db.serverDate()) }), ['a', 'b', 'c']],
    ['dotted path', () => ({ 'nested.v': _.gte(2) }), ['b', 'd']],
    ['nested object (flattened by the SDK)', () => ({ nested: { v: 2 } }), ['b']],
    ['array element equality', () => ({ tags: 'z' }), ['d']],
    ['boolean', () => ({ flag: false }), ['b']],
    ['_id in', () => ({ _id: _.in(['a', 'c', 'zz']) }), ['a', 'c']],
    [
      'expr (aggregate expressions)',
      () => _.expr($.gt(['$n', { $size: { $ifNull: ['$tags', []] } }])),
      ['b', 'c', 'd'],
    ],
    ['expr inside and', () => _.and([{ flag: _.exists(true) }, _.expr($.eq(['$n', 2]))]), ['b']],
  ];

  test.each(cases)('%s', async (_name, where, expected) => {
    const res = await db.collection('ops').where(where()).get();
    expect(res.errMsg).toBe('collection.get:ok');
    expect(ids(res)).toEqual(expected);
    expect(await db.collection('ops').where(where()).count()).toEqual({
      total: expected.length,
      errMsg: 'collection.count:ok',
    });
  });

  test('orderBy (two keys) + skip + limit + field', async () => {
    const res = await db
      .collection('ops')
      .where({ n: _.gte(1) })
      .orderBy('s', 'desc')
      .skip(1)
      .limit(2)
      .field({ s: true })
      .get();
    expect(res).toEqual({
      data: [
        { _id: 'b', s: 'banana' },
        { _id: 'a', s: 'apple' },
      ],
      errMsg: 'collection.get:ok',
    });
    // Missing sorts before false before true; ties fall to the second key.
    const two = await db.collection('ops').orderBy('flag', 'asc').orderBy('n', 'desc').field({ n: 1 }).get();
    expect(two.data.map((d: { n: number }) => d.n)).toEqual([10, 3, 2, 1]);
  });

  test('where().update and where().remove report counts', async () => {
    await db.collection('upd').add({
      data: [
        { g: 1, v: 0 },
        { g: 1, v: 0 },
        { g: 2, v: 0 },
      ],
    });
    expect(
      await db
        .collection('upd')
        .where({ g: 1 })
        .update({ data: { v: _.inc(5) } }),
    ).toEqual({
      stats: { updated: 2 },
      errMsg: 'collection.update:ok',
    });
    expect((await db.collection('upd').where({ v: 5 }).count()).total).toBe(2);
    expect(await db.collection('upd').where({ g: 1 }).remove()).toEqual({
      stats: { removed: 2 },
      errMsg: 'collection.remove:ok',
    });
    expect(await db.collection('upd').where({ g: 99 }).remove()).toEqual({
      stats: { removed: 0 },
      errMsg: 'collection.remove:ok',
    });
    expect((await db.collection('upd').count()).total).toBe(1);
  });
});

describe('update operators', () => {
  test('set remove inc mul push pop shift unshift pull pullAll addToSet rename min max', async () => {
    await db
      .collection('upd')
      .doc('ops')
      .set({
        data: {
          keep: 1,
          gone: 1,
          counter: 10,
          price: 3,
          list: [1, 2],
          popped: [1, 2, 3],
          shifted: [1, 2, 3],
          front: [2],
          pulled: [1, 5, 9],
          pulledAll: [1, 2, 1, 3],
          set: [1],
          old: 'x',
          lo: 5,
          hi: 5,
          obj: { a: 1 },
        },
      });
    const res = await db
      .collection('upd')
      .doc('ops')
      .update({
        data: {
          obj: _.set({ b: 2 }),
          gone: _.remove(),
          counter: _.inc(-3),
          price: _.mul(2.5),
          list: _.push([3, 4]),
          popped: _.pop(),
          shifted: _.shift(),
          front: _.unshift([0, 1]),
          pulled: _.pull(_.gt(4)),
          pulledAll: _.pullAll([1, 3]),
          set: _.addToSet(1),
          old: _.rename('renamed'),
          lo: _.min(2),
          hi: _.max(9),
          at: db.serverDate(),
          'deep.path': 1,
        },
      });
    expect(res.stats.updated).toBe(1);
    const { data } = await db.collection('upd').doc('ops').get();
    expect(data.at).toBeInstanceOf(Date);
    delete data.at;
    expect(data).toEqual({
      _id: 'ops',
      keep: 1,
      counter: 7,
      price: 7.5,
      list: [1, 2, 3, 4],
      popped: [1, 2],
      shifted: [2, 3],
      front: [0, 1, 2],
      pulled: [1],
      pulledAll: [2],
      set: [1],
      lo: 2,
      hi: 9,
      obj: { b: 2 },
      renamed: 'x',
      deep: { path: 1 },
    });
    await db
      .collection('upd')
      .doc('ops')
      .update({ data: { set: _.addToSet({ $each: [1, 7] }), list: _.push({ each: [9], position: 0, slice: 3 }) } });
    const after = (await db.collection('upd').doc('ops').get()).data;
    expect(after.set).toEqual([1, 7]);
    expect(after.list).toEqual([9, 1, 2]);
  });
});

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
