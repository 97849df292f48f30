/**
 * Dates survive updates of other fields. Regression: the update path once cloned documents with
 * structuredClone, whose Dates come from Node's outer realm under jest and were stored as {}.
 */
import { installDatabaseTransport, openEngine, type DbEngine } from '../../emulator/db';

let engine: DbEngine;

let db: any;

beforeAll(() => {
  engine = openEngine({ file: ':memory:' });
  engine.ensureCollections({ notes: { indexes: [] } });
  installDatabaseTransport(engine);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk');
  cloud.init({ env: 'local' });
  db = cloud.database({ throwOnNotFound: false });
});

afterAll(() => engine.close());

it('keeps every Date field a Date when another field is updated', async () => {
  const createdAt = new Date('2026-05-01T08:00:00Z');
  await db.collection('notes').add({ data: { _id: 'n1', title: 'a', createdAt, nested: { at: createdAt } } });
  await db
    .collection('notes')
    .doc('n1')
    .update({ data: { title: 'b' } });
  await db
    .collection('notes')
    .where({ _id: 'n1' })
    .update({ data: { title: 'c' } });
  await db.runTransaction(
    async (t: { collection: (n: string) => { doc: (id: string) => { update: (o: unknown) => Promise<unknown> } } }) => {
      await t
        .collection('notes')
        .doc('n1')
        .update({ data: { title: 'd' } });
    },
  );
  const { data } = await db.collection('notes').doc('n1').get();
  expect(data.title).toBe('d');
  expect(data.createdAt).toBeInstanceOf(Date);
  expect(data.createdAt.getTime()).toBe(createdAt.getTime());
  expect(data.nested.at).toBeInstanceOf(Date);
  expect(data.nested.at.getTime()).toBe(createdAt.getTime());
});
