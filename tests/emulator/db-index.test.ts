/**
 * Declared indexes become SQLite expression indexes, and queries on indexed fields read only the
 * candidate rows; and the index prefilter never changes a query's answer (property test against
 * mingo over the whole collection).
 */
import fc from 'fast-check';
import { Query } from 'mingo';
import { installDatabaseTransport, openEngine, type DbEngine } from '../../emulator/db';
import { COLLECTIONS } from '../../domain/collections';

let engine: DbEngine;
let db: any;
let _: any;

beforeAll(async () => {
  engine = openEngine({ file: ':memory:' });
  engine.ensureCollections(COLLECTIONS);
  engine.ensureCollections({
    mixed: {
      indexes: [
        { name: 'v', keys: { v: 1 } },
        { name: 'deep', keys: { 'a.b': 1 } },
      ],
    },
  });
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database();
  _ = db.command;
  const statuses = ['active', 'pending', 'left'];
  for (let start = 0; start < 20_000; start += 1000) {
    const data = Array.from({ length: 1000 }, (_x, k) => {
      const i = start + k;
      return {
        _id: `m${i}`,
        unitId: `u${i % 1000}`,
        status: statuses[i % 3],
        employeeNo: i,
        unitPath: `/b${i % 10}/u${i % 1000}`,
      };
    });
    await db.collection('members').add({ data });
  }
});

afterAll(() => engine.close());

async function rowsReadBy(fn: () => Promise<unknown>): Promise<number> {
  const before = engine.stats.rowsRead;
  await fn();
  return engine.stats.rowsRead - before;
}

describe('members (20,000 documents, indexes from domain/collections.ts)', () => {
  test('an indexed equality query reads only the matching rows', async () => {
    let res: any;
    const read = await rowsReadBy(async () => {
      res = await db.collection('members').where({ unitId: 'u7' }).limit(1000).get();
    });
    expect(res.data).toHaveLength(20);
    expect(read).toBe(20);
    expect(engine.explain('members', { unitId: 'u7' }).join(' | ')).toMatch(/USING INDEX c_members\.jx\.unitId/);
  });

  test('a compound condition uses one index and mingo for the rest', async () => {
    let total = 0;
    const read = await rowsReadBy(async () => {
      total = (await db.collection('members').where({ unitId: 'u7', status: 'pending' }).count()).total;
    });
    expect(total).toBe(7); // i = 7 + 1000k with (1 + k) % 3 === 1
    expect(read).toBeLessThanOrEqual(20);
  });

  test('$in and numeric ranges use the index too; _id uses the primary key', async () => {
    expect(
      await rowsReadBy(() =>
        db
          .collection('members')
          .where({ unitId: _.in(['u1', 'u2']) })
          .get(),
      ),
    ).toBe(40);
    expect(
      await rowsReadBy(() =>
        db
          .collection('members')
          .where({ employeeNo: _.gte(100).and(_.lt(150)) })
          .limit(1000)
          .get(),
      ),
    ).toBe(50);
    expect(await rowsReadBy(() => db.collection('members').doc('m123').get())).toBe(1);
    expect(engine.explain('members', { _id: 'm1' }).join(' | ')).toMatch(
      /SEARCH c_members USING (COVERING )?INDEX sqlite_autoindex_c_members_1 \(_id=\?\)/,
    );
  });

  test('a query on a field without an index scans the table (what the index saves)', async () => {
    expect(await rowsReadBy(() => db.collection('members').where({ nickname: 'x' }).get())).toBe(20_000);
  });

  test('a page in natural order stops reading once full', async () => {
    expect(
      await rowsReadBy(() => db.collection('members').where({ status: 'active' }).limit(10).get()),
    ).toBeLessThanOrEqual(30);
  });

  test('a unique index refuses a second equal key with E11000', async () => {
    await db.collection('units').add({ data: { _id: 'a', code: 'X1' } });
    const err = await db
      .collection('units')
      .add({ data: { _id: 'b', code: 'X1' } })
      .catch((e: unknown) => e);
    expect(err.errCode).toBe(-502001);
    expect(err.errMsg).toMatch(
      /E11000 duplicate key error collection: tnt-local\.units index: code dup key: \{ code: "X1" \}/,
    );
    await db.collection('units').add({ data: { _id: 'c', code: 'X2' } });
    const upd = await db
      .collection('units')
      .doc('c')
      .update({ data: { code: 'X1' } })
      .catch((e: unknown) => e);
    expect(upd.errCode).toBe(-502001);
  });
});

describe('the prefilter never changes an answer', () => {
  // Values chosen to trip a naive SQL translation: numbers vs numeric strings, booleans vs 0/1,
  // null vs missing, arrays (matched element-wise), nested arrays of objects for a dotted path.
  const scalar = fc.oneof(
    fc.constantFrom(0, 1, 2, 2.5, -1, '1', '2', 'a', 'b', '', true, false, null),
    fc.integer({ min: -3, max: 3 }),
  );
  const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ b: scalar }));
  const doc = fc.record(
    {
      v: value,
      a: fc.oneof(
        fc.record({ b: value }, { requiredKeys: [] }),
        fc.array(fc.record({ b: scalar }), { maxLength: 2 }),
        scalar,
      ),
    },
    { requiredKeys: [] },
  );
  const cond = fc.oneof(
    scalar,
    scalar.map((x) => ({ $eq: x })),
    fc.array(scalar, { minLength: 1, maxLength: 3 }).map((xs) => ({ $in: xs })),
    fc
      .tuple(
        fc.constantFrom('$gt', '$gte', '$lt', '$lte'),
        fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('1', 'a')),
      )
      .map(([op, x]) => ({ [op]: x })),
  );
  const query = fc.oneof(
    cond.map((c) => ({ v: c })),
    cond.map((c) => ({ 'a.b': c })),
    fc.tuple(cond, cond).map(([c1, c2]) => ({ $and: [{ v: c1 }, { 'a.b': c2 }] })),
    fc.tuple(cond, cond).map(([c1, c2]) => ({ $and: [{ v: c1 }, { v: c2 }] })),
    fc.tuple(cond, cond).map(([c1, c2]) => ({ v: c1, $or: [{ v: c2 }, { 'a.b': c1 }] })),
  );

  test('indexed results equal a full mingo scan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 25 }), query, async (docs, q) => {
        // The service refuses a remove without a query: say "every document".
        await engine.handle('database.removeDocument', {
          collectionName: 'mixed',
          queryType: 'WHERE',
          multi: true,
          query: '{"_id":{"$exists":true}}',
        });
        await engine.handle('database.insertDocument', {
          collectionName: 'mixed',
          data: docs.map((d, i) => JSON.stringify({ _id: `d${i}`, ...d })),
        });
        const res = (await engine.handle('database.getDocument', {
          collectionName: 'mixed',
          queryType: 'WHERE',
          query: JSON.stringify(q),
          limit: 1000,
        })) as { data: { list: string[] } };
        const got = res.data.list.map((s) => (JSON.parse(s) as { _id: string })._id).sort();
        const mq = new Query(q, {});
        const expected = engine
          .dump('mixed')
          .filter((d) => mq.test(d))
          .map((d) => String(d._id))
          .sort();
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
