/**
 * The WeChat / Tencent Cloud error codes the local cloud produces, and the error object the SDK
 * throws for them. Numbers and descriptions come from wx-server-sdk 4.0.2's own table
 * (`src/config/error.config.ts` inside node_modules/wx-server-sdk/index.js) or, for the open-API
 * `errcode`s (4xxxx), from WeChat's documentation, so code written against the emulator handles the
 * same values it will meet on WeChat.
 */
export const WxErrCode = {
  /** Unknown function name: `[ResourceNotFound.FunctionName] FunctionName parameter could not be found.` */
  FUNCTION_NOT_FOUND: -501000,
  /** Bad call parameters (e.g. an event that cannot be serialised). */
  INVALID_PARAM: -501007,
  /** `main` threw (or the module failed to load): WeChat shows the phone only this code. */
  FUNCTION_EXECUTE_FAIL: -504002,
  /** `main` ran past the `timeout` of its config.json: `Invoking task timed out after N seconds`. */
  FUNCTION_TIMEOUT: -504003,
  /** The result's JSON is over 1 MB: the SDK's WX_CLOUDFUNCTION_RESULT_SIZE_EXCEED_LIMIT. */
  RESULT_SIZE_EXCEEDED: -604001,
  /** An `openapi.*` method the emulator does not implement (WeChat: API not found). */
  OPENAPI_NOT_FOUND: -604100,
  /** The function's config.json does not list the open API under `permissions.openapi`. */
  OPENAPI_NO_PERMISSION: -604101,
  /** An open API called from outside any cloud function. */
  OPENAPI_ILLEGAL_SOURCE: -604104,
  /** getOpenData: the cloudID is unknown. */
  INVALID_CLOUDID: -601005,
  /** getOpenData: the cloudID was issued to another user than the caller. */
  CLOUDID_USER_NOT_MATCH: -601007,
  /** subscribeMessage.send: `touser` missing. */
  INVALID_OPENID: 40003,
  /** subscribeMessage.send: `templateId` missing. */
  INVALID_TEMPLATE_ID: 40037,
  /** subscribeMessage.send: the user has no accepted (unused) subscription for this template. */
  SUBSCRIBE_REFUSED: 43101,
  /** subscribeMessage.send: `data` (or `miniprogramState`) is invalid. */
  ARGUMENT_INVALID: 47003,
} as const;

export type WxErrCodeValue = (typeof WxErrCode)[keyof typeof WxErrCode];

/** Descriptions the SDK's CloudSDKError puts in `message` (its ERR_CODE table). */
const DESCRIPTIONS: Readonly<Record<number, string>> = {
  [-1]: 'unknown error',
  [-501007]: 'invalid parameters',
  [-504002]: 'functions execute fail',
  [-604001]: 'cloudfunction result size exceed limit (1MB)',
  [-604100]: 'API not found',
  [-604101]: 'function has no permission to call this API',
  [-604104]: 'illegal source of invocation',
  [-601001]: 'system error',
  [-601005]: 'invalid cloudID',
  [-601007]: 'cloudID and calling user does not match',
};

export function describeErrCode(code: number): string {
  return DESCRIPTIONS[code] ?? '';
}

/**
 * Same shape as the SDK's (unexported) CloudSDKError, which is what `cloud.openapi.*` rejects with:
 * an Error with numeric `errCode` and string `errMsg`, whose `message` reads
 * `errCode: <code> <description> | errMsg: <errMsg>`. Code that catches `e.errCode === 43101` works
 * unchanged against WeChat.
 */
export class CloudSdkError extends Error {
  errCode: number;
  errMsg: string;

  constructor(errCode: number, errMsg: string) {
    super(errMsg);
    this.errCode = errCode;
    this.errMsg = errMsg;
    // The SDK defines `message` as an accessor on the instance, so it always reflects errCode/errMsg.
    Object.defineProperty(this, 'message', {
      configurable: true,
      enumerable: false,
      get: () => `errCode: ${this.errCode} ${describeErrCode(this.errCode)} | errMsg: ${this.errMsg}`,
      set: (msg: string) => {
        this.errMsg = msg;
      },
    });
  }
}

/** The errMsg WeChat's function server puts on an error it raises itself (no permission, no API). */
export function wxSystemErrorMsg(code: number): string {
  return `system error: error code: ${code}`;
}

/** Best human-readable text for anything thrown: the stack when there is one, like WeChat's -504002. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.stack ?? `${thrown.name}: ${thrown.message}`;
  if (thrown && typeof thrown === 'object' && 'stack' in thrown && typeof thrown.stack === 'string')
    return thrown.stack;
  try {
    return typeof thrown === 'string' ? thrown : (JSON.stringify(thrown) ?? String(thrown));
  } catch {
    return String(thrown);
  }
}

/**
 * The error the SDK's `toSDKError` makes from a plain failure: an Error whose message is
 * `<api>:fail <msg>`, with errCode (-1 when unknown) and errMsg equal to the message.
 */
export function sdkFail(api: string, msg: string, errCode = -1): Error & { errCode: number; errMsg: string } {
  const err = new Error(`${api}:fail ${msg}`) as Error & { errCode: number; errMsg: string };
  err.errCode = errCode;
  err.errMsg = err.message;
  return err;
}
