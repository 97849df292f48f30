/**
 * The whole product on one machine: the local cloud (real wx-server-sdk over SQLite), the built
 * cloud functions, the demo union on first run, and the H5 build, served on 127.0.0.1.
 * Used by `npm start` and by the browser tests (each test file gets its own fresh instance).
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createCloudHost, startServer, type CloudHost } from '../emulator';
import { COLLECTIONS } from '../domain/collections';
import { seedDemo } from '../demo/seed';
import { personaList } from '../demo/personas';
import { PERSONAS } from '../demo/union';

export const ROOT = path.resolve(__dirname, '..');

export interface LocalOptions {
  /** Folder for the SQLite file and uploaded files; ':memory:' for a throwaway instance. */
  dataDir: string;
  port?: number;
  /** Seed the demo union if the database is empty. */
  seed?: boolean;
  openapiLatencyMs?: number;
  /** Database round trip per request once the demo union is loaded (ms, ±30%); default 0. */
  dbRttMs?: number;
}

export interface Local {
  url: string;
  host: CloudHost;
  seeded: boolean;
  close(): Promise<void>;
}

export async function startLocal(opts: LocalOptions): Promise<Local> {
  const memory = opts.dataDir === ':memory:';
  const storageDir = memory ? fs.mkdtempSync(path.join(os.tmpdir(), 'uh-files-')) : path.join(opts.dataDir, 'files');
  if (!memory) fs.mkdirSync(storageDir, { recursive: true });
  const host = createCloudHost({
    dataFile: memory ? ':memory:' : path.join(opts.dataDir, 'cloud.sqlite'),
    functionsDir: path.join(ROOT, 'dist', 'cloudfunctions'),
    storageDir,
    collections: COLLECTIONS,
    // The documented bootstrap: the member function's ADMIN_OPENIDS names the first admins.
    functionEnv: { member: { ADMIN_OPENIDS: process.env.ADMIN_OPENIDS ?? PERSONAS.admin.openid } },
    openapiLatencyMs: opts.openapiLatencyMs,
    // Seeding is not what anyone measures: it runs without the round trip, which is set below.
    dbRttMs: 0,
    // The database apart from the functions, as on WeChat (emulator/db/threaded.ts).
    dbThread: !memory,
  });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sdk = require('wx-server-sdk');
  sdk.init({ env: 'local' });
  const db = sdk.database({ throwOnNotFound: false });
  let seeded = false;
  if (opts.seed) {
    const { total } = (await db.collection('units').count()) as { total: number };
    if (total === 0) {
      await seedDemo(db);
      seeded = true;
    }
  }
  host.engine.roundTripMs = opts.dbRttMs ?? 0;
  const server = await startServer({
    host,
    port: opts.port,
    h5Dir: path.join(ROOT, 'dist', 'h5'),
    personas: personaList,
  });
  host.setPublicBaseUrl(server.url);
  return {
    url: server.url,
    host,
    seeded,
    close: async () => {
      await server.close();
      await host.close();
      if (memory) fs.rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
