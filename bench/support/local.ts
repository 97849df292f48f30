/**
 * The local product as `npm start` runs it (scripts/local.ts: file-backed SQLite in a data folder,
 * the built functions, the HTTP server on 127.0.0.1), for the rush benchmarks. Two differences,
 * both needed to run the naive fixture on the same host and endpoint as ours: the functions folder
 * is a temp copy of dist/cloudfunctions plus bench fixtures, and fixtures may add collections.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCloudHost, startServer, type CloudHost } from '../../emulator';
import type { CollectionDecl } from '../../emulator/db';
import { COLLECTIONS } from '../../domain/collections';
import { seedDemo } from '../../demo/seed';
import { personaList } from '../../demo/personas';
import { PERSONAS } from '../../demo/union';
import type { SeedDb } from '../../demo/db';
import { DIST } from './paths';

export interface BenchLocal {
  url: string;
  port: number;
  host: CloudHost;
  /** The real SDK's database (its transport is this host's engine). */
  db: SeedDb;
  dataDir: string;
  close(): Promise<void>;
}

export interface BenchLocalOptions {
  /** Folder of built functions; default dist/cloudfunctions. */
  functionsDir?: string;
  extraCollections?: Record<string, CollectionDecl>;
  openapiLatencyMs?: number;
  /** Seed the demo union first (default true). */
  seed?: boolean;
  /** SQLite in memory instead of a file in the temp data folder (default false: file-backed). */
  memory?: boolean;
}

export async function startBenchLocal(opts: BenchLocalOptions = {}): Promise<BenchLocal> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uh-bench-data-'));
  const storageDir = path.join(dataDir, 'files');
  fs.mkdirSync(storageDir, { recursive: true });
  const host = createCloudHost({
    dataFile: opts.memory ? ':memory:' : path.join(dataDir, 'cloud.sqlite'),
    functionsDir: opts.functionsDir ?? path.join(DIST, 'cloudfunctions'),
    storageDir,
    collections: { ...COLLECTIONS, ...(opts.extraCollections ?? {}) },
    functionEnv: { member: { ADMIN_OPENIDS: PERSONAS.admin.openid } },
    openapiLatencyMs: opts.openapiLatencyMs,
    // Setup runs without a round trip whatever UNION_DB_RTT_MS says; each benchmark sets its own.
    dbRttMs: 0,
    // The database apart from the functions, as on WeChat (emulator/db/threaded.ts).
    dbThread: !opts.memory,
  });
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sdk = require('wx-server-sdk');
  sdk.init({ env: 'local' });
  const db: SeedDb = sdk.database({ throwOnNotFound: false });
  if (opts.seed !== false) await seedDemo(db);
  const server = await startServer({ host, port: 0, h5Dir: path.join(DIST, 'h5'), personas: personaList });
  return {
    url: server.url,
    port: Number(new URL(server.url).port),
    host,
    db,
    dataDir,
    close: async () => {
      await server.close();
      await host.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
