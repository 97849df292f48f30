/**
 * The outcome of one invocation as the caller sees it: the function's result (after WeChat's JSON
 * round trip) or WeChat's error code and message, plus what the benchmark and dev tools measure.
 */
/** What the dev tools and benchmarks measure of a call: its database requests, the round trips they paid (summed, ms) and its wall time. */
export interface InvokeCost {
  dbRequests: number;
  dbRoundTripMs: number;
  ms: number;
}

export type InvokeResult = ({ ok: true; result: unknown } | { ok: false; errCode: number; errMsg: string }) &
  InvokeCost;

export type InvokeOutcome = { ok: true; result: unknown } | { ok: false; errCode: number; errMsg: string };

export function failure(errCode: number, errMsg: string): InvokeOutcome {
  return { ok: false, errCode, errMsg };
}
