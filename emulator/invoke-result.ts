/**
 * The outcome of one invocation as the caller sees it: the function's result (after WeChat's JSON
 * round trip) or WeChat's error code and message, plus what the benchmark and dev tools measure.
 */
export type InvokeResult =
  | { ok: true; result: unknown; dbRequests: number; ms: number }
  | { ok: false; errCode: number; errMsg: string; dbRequests: number; ms: number };

export type InvokeOutcome = { ok: true; result: unknown } | { ok: false; errCode: number; errMsg: string };

export function failure(errCode: number, errMsg: string): InvokeOutcome {
  return { ok: false, errCode, errMsg };
}
