import type { CollectionDecl } from './db';

/** How a local cloud is set up: where its data lives and how far it imitates WeChat's latency. */
export interface CloudHostOptions {
  /** SQLite file of the database, or ':memory:'. The emulator's own tables go beside it (see emu-store.ts). */
  dataFile: string;
  /** Folder of built functions: `<functionsDir>/<name>/{index.js,config.json}`. */
  functionsDir: string;
  /** Folder holding cloud-storage files. */
  storageDir: string;
  /** Collections (and their indexes) to create in the database. */
  collections: Readonly<Record<string, CollectionDecl>>;
  /** Cloud environment id (getWXContext().ENV, file IDs). Default 'union-local'. */
  env?: string;
  /** Mini-program appid (getWXContext().APPID). Default 'wx0000000000000000'. */
  appid?: string;
  /**
   * Environment variables per function, as set in the cloud console: `{ member: { ADMIN_OPENIDS: 'x' } }`.
   * process.env is global to the process, so they are written to it when the function first loads
   * and stay there: they are configuration, not per-call state. Two functions therefore must not
   * give one variable different values; createCloudHost refuses such a configuration.
   */
  functionEnv?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Artificial delay of each emulated open-API send, in ms (for fan-out benchmarks). Default 0. */
  openapiLatencyMs?: number;
  /**
   * Round trip of each database request in ms, ±30% jitter (WeChat: 10-30 ms). Default
   * `UNION_DB_RTT_MS` from the environment, else 0. Changeable later through `engine.roundTripMs`.
   */
  dbRttMs?: number;
  /**
   * Run the database engine on a thread of its own (file-backed only), as WeChat's database runs
   * apart from the functions; `npm start` and the bench do. Tests keep it in-thread (setClock).
   */
  dbThread?: boolean;
  /** Overhead of each function invocation in ms, ±30% (gateway and scheduling). Default `UNION_FN_RTT_MS`, else 0. */
  fnRttMs?: number;
}

/** A non-negative number of milliseconds from an option or an environment variable. */
export function msSetting(value: number | undefined, envName: string): number {
  const raw = value ?? (process.env[envName] ? Number(process.env[envName]) : 0);
  if (!Number.isFinite(raw) || raw < 0)
    throw new Error(`${envName} must be a number of milliseconds >= 0, not ${String(raw)}`);
  return raw;
}

export function checkFunctionEnv(functionEnv: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  const seen = new Map<string, { fn: string; value: string }>();
  for (const [fn, vars] of Object.entries(functionEnv)) {
    for (const [key, value] of Object.entries(vars)) {
      const prev = seen.get(key);
      if (prev && prev.value !== value) {
        throw new Error(
          `functionEnv: ${prev.fn} and ${fn} give ${key} different values; process.env is shared, use distinct names`,
        );
      }
      seen.set(key, { fn, value });
    }
  }
}
