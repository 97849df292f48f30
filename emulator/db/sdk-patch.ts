/**
 * Routes the real wx-server-sdk's database requests to a local engine.
 *
 * wx-server-sdk 4.0.2 → @cloudbase/node-sdk 3.17.2 → @cloudbase/database: every database call ends in
 * `new Db.reqClass(config).send(action, params)`, and node-sdk sets `Db.reqClass` to
 * `TcbDBApiHttpRequester` on every `cloud.database()` call. Patching that class's prototype `send`
 * therefore catches all of them, while everything above it (argument checks, EJSON serialisation,
 * response parsing, error mapping, runTransaction's retries) stays the SDK's own code.
 *
 * The prototype is process-wide, so one engine serves the process at a time; installing again
 * re-targets it.
 *
 * Side effects worth knowing:
 * - Placeholder TENCENTCLOUD_SECRETID/SECRETKEY/SESSIONTOKEN are set when absent. Without them any
 *   non-database SDK call makes node-sdk raise an unhandled "missing secretId or secretKey" rejection,
 *   which kills Node 20.
 * - The SDK's 3-second "[TCB][WARN] request is longer than 3s" timer is armed inside
 *   tcbapirequester.request(), which the patched `send` never calls: database requests leave no timer
 *   behind (a test checks this), so jest exits without --forceExit.
 */
import path from 'path';
import type { DbEngine } from './types';
import { installTransactionGuard } from './tx-guard';

type Send = (this: unknown, action: string, data?: unknown, opts?: unknown) => Promise<unknown>;

export interface TransportPrototype {
  send: Send;
}

const SDK_DIR = path.dirname(require.resolve('wx-server-sdk/package.json'));

/** The module of the one database transport method, resolved from wx-server-sdk's own dependencies. */
export const TRANSPORT_MODULE: string = require.resolve('@cloudbase/node-sdk/dist/utils/tcbdbapirequester', {
  paths: [SDK_DIR],
});

/** The prototype whose `send` is patched; throws if the SDK moved or renamed it. */
export function transportPrototype(): TransportPrototype {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(TRANSPORT_MODULE) as { TcbDBApiHttpRequester?: { prototype?: Partial<TransportPrototype> } };
  const proto = mod.TcbDBApiHttpRequester?.prototype;
  if (!proto || typeof proto.send !== 'function') {
    throw new Error(
      `${TRANSPORT_MODULE} no longer has TcbDBApiHttpRequester.prototype.send: update emulator/db/sdk-patch.ts`,
    );
  }
  return proto as TransportPrototype;
}

const PLACEHOLDER_ENV: Readonly<Record<string, string>> = {
  TENCENTCLOUD_SECRETID: 'local-emulator',
  TENCENTCLOUD_SECRETKEY: 'local-emulator',
  TENCENTCLOUD_SESSIONTOKEN: 'local-emulator',
};

let target: DbEngine | undefined;
let originalSend: Send | undefined;

export function installDatabaseTransport(engine: DbEngine): void {
  for (const [k, v] of Object.entries(PLACEHOLDER_ENV)) if (!process.env[k]) process.env[k] = v;
  const proto = transportPrototype();
  if (!originalSend) originalSend = proto.send;
  target = engine;
  proto.send = async function send(action: string, data?: unknown): Promise<unknown> {
    if (!target) throw new Error('no local database engine installed');
    // startTransaction sends no params at all.
    return target.handle(action, data ?? {});
  };
  installTransactionGuard(SDK_DIR);
}

/** Puts the SDK's own transport back (for tests that need the unpatched SDK). */
export function restoreDatabaseTransport(): void {
  if (originalSend) transportPrototype().send = originalSend;
  originalSend = undefined;
  target = undefined;
}
