import type cloud = require('wx-server-sdk');

/** The demo seeds write through the real SDK (its transport is the local cloud when they run). */
export type SeedDb = ReturnType<typeof cloud.database>;

/** Insert many documents in batches (the SDK's add takes one document per call on the server). */
export async function insertAll(db: SeedDb, collection: string, docs: readonly object[]): Promise<void> {
  const col = db.collection(collection);
  const BATCH = 50;
  for (let i = 0; i < docs.length; i += BATCH) {
    await Promise.all(docs.slice(i, i + BATCH).map((data) => col.add({ data })));
  }
}
