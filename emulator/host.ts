import crypto from 'crypto';
import { performance } from 'perf_hooks';
import { installDatabaseTransport, jittered, openEngine, openThreadedEngine, type DbEngine } from './db';
import {
  currentInvocation,
  runInInvocation,
  type CallSource,
  type CloudServices,
  type Identity,
  type Invocation,
} from './context';
import { openEmuStore } from './emu-store';
import { WxErrCode, describeThrown } from './errors';
import { failure, type InvokeOutcome, type InvokeResult } from './invoke-result';
import { jsonRoundTrip, runMain } from './run-main';
import { FunctionLoader, type LoadedFunction } from './loader';
import { OpenDataStore, type RegisterOpenDataOptions } from './open-data';
import { SubscribeMessageService, type OutboxFilter, type OutboxRow } from './openapi';
import { PhoneNumberService } from './phone-number';
import { installSdkPatches, loadSdk } from './sdk';
import { LocalStorage } from './storage';
import { checkFunctionEnv, msSetting, type CloudHostOptions } from './host-options';

/** The emulator's WeChat-side subscription-message state. */
export interface HostOpenApi {
  /** What the client's accept of wx.requestSubscribeMessage grants: `count` more sends. Returns the new quota. */
  grantSubscription(openid: string, templateId: string, count?: number): number;
  quota(openid: string, templateId: string): number;
  /** Messages sent, newest first. */
  outbox(filter?: OutboxFilter): OutboxRow[];
  /** What a tap on the phone-number button yields for a WeChat account holding `phone`: a one-time code. */
  issuePhoneCode(phone: string): string;
}

export interface HostOpenData {
  /** What a cloudID stands for (e.g. `{ openGId: 'G123' }` for a group share). */
  register(cloudID: string, data: Record<string, unknown>, opts?: RegisterOpenDataOptions): void;
}

/** Cloud storage as the server and the product's scripts see it. */
export type HostStorage = Pick<
  LocalStorage,
  'put' | 'read' | 'remove' | 'tempUrl' | 'checkSignature' | 'fileOf' | 'fileIdOf' | 'cloudPathOf'
>;

export interface CloudHost {
  readonly env: string;
  readonly appid: string;
  /** The database engine (for seeding and dev tools). */
  readonly engine: DbEngine;
  /** Runs a function as WeChat would for this caller. Never throws for a function's failure. */
  invoke(name: string, event: unknown, identity?: Identity): Promise<InvokeResult>;
  /** Runs a function the way its timer trigger `triggerName` (from config.json) would. */
  fireTrigger(name: string, triggerName: string): Promise<InvokeResult>;
  /** Names of the built functions. */
  functions(): string[];
  /**
   * Resolves once no invocation is running: what a call chained (a delivery, a fill) has finished
   * too. Tests and the bench read the end state after it, as a member would see it a moment later.
   */
  idle(): Promise<void>;
  /** Forgets loaded functions so the next call runs a rebuild. */
  reload(): void;
  /** Base URL of the local server, used in temp file URLs. */
  setPublicBaseUrl(url: string): void;
  readonly openapi: HostOpenApi;
  readonly openData: HostOpenData;
  readonly storage: HostStorage;
  close(): Promise<void>;
}

export function createCloudHost(opts: CloudHostOptions): CloudHost {
  const env = opts.env ?? 'union-local';
  const appid = opts.appid ?? 'wx0000000000000000';
  const functionEnv = opts.functionEnv ?? {};
  checkFunctionEnv(functionEnv);

  const sdk = loadSdk();
  installSdkPatches(sdk);

  const engineOpts = { file: opts.dataFile, roundTripMs: msSetting(opts.dbRttMs, 'UNION_DB_RTT_MS') };
  const engine =
    opts.dbThread && opts.dataFile !== ':memory:' ? openThreadedEngine(engineOpts) : openEngine(engineOpts);
  const fnRttMs = msSetting(opts.fnRttMs, 'UNION_FN_RTT_MS');
  engine.ensureCollections(opts.collections);
  installDatabaseTransport(engine);

  const emu = openEmuStore(opts.dataFile);
  const storage = new LocalStorage(opts.storageDir, env, emu);
  const subscribeMessage = new SubscribeMessageService(emu, opts.openapiLatencyMs ?? 0);
  const openData = new OpenDataStore(emu, appid);
  const phoneNumber = new PhoneNumberService(appid);
  const loader = new FunctionLoader(opts.functionsDir, sdk, (name) =>
    Object.assign(process.env, functionEnv[name] ?? {}),
  );
  let closed = false;
  let running = 0;
  let idleWaiters: (() => void)[] = [];

  const services: CloudServices = {
    env,
    appid,
    storage,
    subscribeMessage,
    openData,
    phoneNumber,
    invokeFromFunction: (name, data) => invoke(name, data, { source: 'wx_function' }),
  };

  // Count each database request against the invocation it runs in (nested calls have their own). A
  // timed-out invocation's container is stopped on WeChat: it sends no further request.
  engine.onRequest = (_action, roundTripMs) => {
    const inv = currentOf(services);
    if (!inv) return;
    if (inv.abandoned)
      throw new Error(`invocation ${inv.requestId} of ${inv.functionName} timed out: its container no longer runs`);
    inv.dbRequests += 1;
    inv.dbRoundTripMs += roundTripMs;
  };

  async function invoke(name: string, event: unknown, identity: Identity = {}): Promise<InvokeResult> {
    if (closed) throw new Error('the cloud host is closed');
    const started = performance.now();
    const source: CallSource = identity.source ?? 'wx_client';
    const inv: Invocation = {
      services,
      functionName: name,
      config: undefined,
      requestId: crypto.randomUUID(),
      // Only a mini-program user has an OPENID; triggers and other functions call as nobody.
      openid: source === 'wx_client' ? (identity.openid ?? '') : '',
      unionid: source === 'wx_client' ? identity.unionid : undefined,
      source,
      dbRequests: 0,
      dbRoundTripMs: 0,
      abandoned: false,
    };
    // The gateway's share of the call, before and after it (jittered like a database round trip).
    const overhead = jittered(fnRttMs);
    running += 1;
    let outcome: InvokeOutcome;
    try {
      if (overhead > 0) await sleep(overhead / 2);
      outcome = await runInInvocation(inv, () => execute(inv, event));
      if (overhead > 0) await sleep(overhead / 2);
    } finally {
      running -= 1;
      if (running === 0) {
        const waiters = idleWaiters;
        idleWaiters = [];
        for (const w of waiters) w();
      }
    }
    const ms = Math.round((performance.now() - started) * 100) / 100;
    return { ...outcome, dbRequests: inv.dbRequests, dbRoundTripMs: Math.round(inv.dbRoundTripMs * 100) / 100, ms };
  }

  async function execute(inv: Invocation, event: unknown): Promise<InvokeOutcome> {
    if (!loader.exists(inv.functionName)) {
      return failure(
        WxErrCode.FUNCTION_NOT_FOUND,
        '[ResourceNotFound.FunctionName] FunctionName parameter could not be found.',
      );
    }
    let payload: unknown;
    try {
      payload = jsonRoundTrip(event ?? {});
    } catch (e) {
      return failure(WxErrCode.INVALID_PARAM, `event is not JSON: ${describeThrown(e)}`);
    }
    if (inv.source === 'wx_client' && isPlainObject(payload)) {
      // WeChat adds the caller to a client call's event (deprecated in favour of getWXContext, still sent).
      payload = { ...payload, userInfo: { appId: appid, openId: inv.openid } };
    }
    let fn: LoadedFunction;
    try {
      inv.config = loader.config(inv.functionName);
      fn = loader.load(inv.functionName);
    } catch (e) {
      return failure(WxErrCode.FUNCTION_EXECUTE_FAIL, describeThrown(e));
    }
    return runMain(inv, fn, payload, env, () => engine.stats.busyMs);
  }

  async function fireTrigger(name: string, triggerName: string): Promise<InvokeResult> {
    const triggers = loader.exists(name) ? loader.config(name).triggers : [];
    const known = triggers.some((t) => !!t && typeof t === 'object' && (t as { name?: unknown }).name === triggerName);
    if (!known) throw new Error(`function ${name} has no trigger named ${triggerName} in its config.json`);
    // The event WeChat's timer trigger sends.
    const event = {
      Type: 'Timer',
      TriggerName: triggerName,
      Time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Message: '',
    };
    return invoke(name, event, { source: 'wx_trigger' });
  }

  return {
    env,
    appid,
    engine,
    invoke,
    fireTrigger,
    functions: () => loader.list(),
    idle: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve))),
    reload: () => loader.clear(),
    setPublicBaseUrl: (url) => storage.setPublicBaseUrl(url),
    openapi: {
      grantSubscription: (openid, templateId, count = 1) => subscribeMessage.grant(openid, templateId, count),
      quota: (openid, templateId) => subscribeMessage.quota(openid, templateId),
      outbox: (filter) => subscribeMessage.outbox(filter),
      issuePhoneCode: (phone) => phoneNumber.issueCode(phone),
    },
    openData: { register: (cloudID, data, o) => openData.register(cloudID, data, o) },
    storage,
    async close() {
      if (closed) return;
      closed = true;
      engine.onRequest = undefined;
      engine.close();
      emu.close();
    },
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The current invocation, if it belongs to this host (several hosts may share a process). */
function currentOf(services: CloudServices): Invocation | undefined {
  const inv = currentInvocation();
  return inv && inv.services === services ? inv : undefined;
}
