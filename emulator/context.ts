import { AsyncLocalStorage } from 'async_hooks';
import type { FunctionConfig } from './loader';
import type { InvokeResult } from './invoke-result';
import type { SubscribeMessageService } from './openapi';
import type { LocalStorage } from './storage';
import type { OpenDataStore } from './open-data';
import type { PhoneNumberService } from './phone-number';

/**
 * Who is calling, per invocation. On WeChat each call runs in its own container whose env vars carry
 * the caller; locally many calls share one process, so the caller travels in an AsyncLocalStorage
 * store instead and every patched SDK entry point reads it from there.
 */
export type CallSource = 'wx_client' | 'wx_function' | 'wx_trigger' | 'wx_http';

export interface Identity {
  openid?: string;
  unionid?: string;
  source?: CallSource;
}

/** What `cloud.getWXContext()` returns, with the keys WeChat uses. */
export interface WXContext {
  OPENID: string;
  APPID: string;
  UNIONID?: string;
  ENV: string;
  SOURCE: CallSource;
  CLIENTIP?: string;
  CLIENTIPV6?: string;
}

/** The host services the patched SDK delegates to (implemented by host.ts). */
export interface CloudServices {
  readonly env: string;
  readonly appid: string;
  readonly storage: LocalStorage;
  readonly subscribeMessage: SubscribeMessageService;
  readonly openData: OpenDataStore;
  readonly phoneNumber: PhoneNumberService;
  /** cloud.callFunction from inside a function: a fresh invocation with source wx_function. */
  invokeFromFunction(name: string, data: unknown): Promise<InvokeResult>;
}

/** One running call of one function. */
export interface Invocation {
  readonly services: CloudServices;
  readonly functionName: string;
  /** The function's config.json; filled once the function is loaded. */
  config: FunctionConfig | undefined;
  readonly requestId: string;
  readonly openid: string;
  readonly unionid: string | undefined;
  readonly source: CallSource;
  /** Database requests made by this call (not by functions it calls), and the round trips they paid (ms, summed). */
  dbRequests: number;
  dbRoundTripMs: number;
  /**
   * Set when the host gave up on the call (timeout). WeChat freezes a timed-out container; here the
   * JavaScript keeps running, so the emulated APIs refuse further work from it instead.
   */
  abandoned: boolean;
}

const store = new AsyncLocalStorage<Invocation>();

export function runInInvocation<T>(invocation: Invocation, fn: () => T): T {
  return store.run(invocation, fn);
}

export function currentInvocation(): Invocation | undefined {
  return store.getStore();
}

/** getWXContext() for a call, shaped as WeChat's: OPENID is '' unless a mini-program user called. */
export function wxContextOf(inv: Invocation): WXContext {
  const ctx: WXContext = {
    OPENID: inv.openid,
    APPID: inv.services.appid,
    ENV: inv.services.env,
    SOURCE: inv.source,
  };
  if (inv.unionid) ctx.UNIONID = inv.unionid;
  if (inv.source === 'wx_client') {
    ctx.CLIENTIP = '127.0.0.1';
    ctx.CLIENTIPV6 = '::ffff:127.0.0.1';
  }
  return ctx;
}
