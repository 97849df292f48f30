import { createRequire } from 'module';
import { currentInvocation, wxContextOf } from './context';
import { sdkFail } from './errors';
import { createOpenApiNamespace } from './openapi';
import { patchCloudBase } from './tcb-transport';

/**
 * The real wx-server-sdk, with the few seams the local cloud replaces. Everything else — argument
 * checks, result shapes, database query building — is the SDK's own code, the code that ships.
 *
 * Replaced on the SDK's exported object (the object every function gets from `require('wx-server-sdk')`):
 * - `getWXContext`: WeChat reads the caller from per-container env vars; here from the invocation's
 *   AsyncLocalStorage store, so overlapping calls never see each other's OPENID.
 * - `openapi`: its transport is a protobuf RPC to WeChat; see openapi.ts.
 * - `getOpenData`: same protobuf transport; resolved from the emulator's open-data table.
 * Replaced one level down, on `@cloudbase/node-sdk`'s CloudBase prototype: callFunction and storage
 * (see tcb-transport.ts). The database transport is the db module's (installDatabaseTransport).
 */
export type WxServerSdk = Record<string, unknown>;

/** Module path of the CloudBase class, resolved from wx-server-sdk's own folder (it pins its copy). */
export const CLOUDBASE_MODULE = '@cloudbase/node-sdk/dist/cloudbase';

const PATCHED = Symbol.for('union-home.emulator.sdk-patched');

/** Loads the SDK after giving it the placeholder credentials it needs to load quietly (docs/toolchain.md). */
export function loadSdk(): WxServerSdk {
  // Without these the SDK raises an unhandled "missing secretId or secretKey" rejection that kills Node.
  process.env.TENCENTCLOUD_SECRETID ||= 'local-emulator-placeholder';
  process.env.TENCENTCLOUD_SECRETKEY ||= 'local-emulator-placeholder';
  process.env.TENCENTCLOUD_SESSIONTOKEN ||= 'local-emulator-placeholder';
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require('wx-server-sdk') as WxServerSdk;
}

/** The CloudBase class wx-server-sdk uses (throws if the pinned SDK layout moved). */
export function cloudBaseClass(): { prototype: Record<string, unknown> } {
  const sdkRequire = createRequire(require.resolve('wx-server-sdk'));
  const mod = sdkRequire(CLOUDBASE_MODULE) as { CloudBase?: { prototype: Record<string, unknown> } };
  if (typeof mod.CloudBase !== 'function')
    throw new Error(`${CLOUDBASE_MODULE} no longer exports CloudBase: update emulator/sdk.ts`);
  return mod.CloudBase;
}

/**
 * Installs the replacements once per SDK instance (a jest test file has its own). They are shared by
 * every host in the process: each looks up the running invocation, which knows its host.
 */
export function installSdkPatches(sdk: WxServerSdk): void {
  if ((sdk as Record<symbol, unknown>)[PATCHED]) return;
  const originalGetWXContext = sdk.getWXContext as () => unknown;
  for (const key of ['getWXContext', 'openapi', 'getOpenData']) {
    if (!(key in sdk)) throw new Error(`wx-server-sdk no longer exports ${key}: update emulator/sdk.ts`);
  }

  sdk.getWXContext = function getWXContext(): unknown {
    const inv = currentInvocation();
    // Outside any invocation keep the SDK's own behaviour (it reads process env; usually {}).
    return inv ? wxContextOf(inv) : originalGetWXContext();
  };

  sdk.openapi = createOpenApiNamespace();

  sdk.getOpenData = async function getOpenData(options?: { list?: unknown }): Promise<unknown> {
    const api = 'getOpenData';
    if (!options) throw sdkFail(api, `Params for getOpenData must be an object instead of ${typeof options}`);
    if (!Array.isArray(options.list)) throw sdkFail(api, 'list must be provided');
    const inv = currentInvocation();
    if (!inv) throw sdkFail(api, 'the local cloud serves getOpenData only inside a cloud function', -604104);
    const list = (options.list as unknown[]).map((id) => inv.services.openData.resolve(String(id), inv.openid));
    return { list, errMsg: `${api}:ok`, errCode: 0 };
  };

  patchCloudBase(cloudBaseClass().prototype);
  Object.defineProperty(sdk, PATCHED, { value: true });
}
