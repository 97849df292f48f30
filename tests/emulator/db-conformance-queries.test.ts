/**
 * Queries and update operators on the local database through the REAL wx-server-sdk: every
 * operator of where() (with counts), ordering and paging, and every update operator, as the real
 * service answers them. db-threaded.test.ts runs these again on a thread of its own.
 */
import type { DbEngine } from '../../emulator/db';
import { openConformanceDb } from './support';

let engine: DbEngine;
let db: any;
let _: any;
let $: any;

beforeAll(() => {
  ({ engine, db, _, $ } = openConformanceDb());
});

afterAll(() => engine.close());

const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id).sort();

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
