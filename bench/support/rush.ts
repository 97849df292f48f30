import { performance } from 'node:perf_hooks';
import type { CallResult } from './http';
import { summarise, type LatencySummary } from './stats';

export interface RushOutcome<T> {
  results: CallResult<T>[];
  /** Calls whose HTTP request itself failed (connection refused, reset...). */
  transportErrors: string[];
  wallMs: number;
  latency: LatencySummary;
  /** Completed calls per second over the wall time. */
  perSecond: number;
}

/** Issues all `count` calls at once (the client's socket pool bounds what is in flight) and waits for all. */
export async function rush<T>(count: number, call: (i: number) => Promise<CallResult<T>>): Promise<RushOutcome<T>> {
  const started = performance.now();
  const settled = await Promise.allSettled(Array.from({ length: count }, (_, i) => call(i)));
  const wallMs = performance.now() - started;
  const results: CallResult<T>[] = [];
  const transportErrors: string[] = [];
  for (const s of settled) {
    if (s.status === 'fulfilled') results.push(s.value);
    else transportErrors.push(String(s.reason instanceof Error ? s.reason.message : s.reason));
  }
  return {
    results,
    transportErrors,
    wallMs,
    latency: summarise(results.map((r) => r.ms)),
    perSecond: (results.length / wallMs) * 1000,
  };
}

/**
 * How many results ended in each outcome: 'ok', the error code, or the WeChat errCode when the
 * function itself failed (-504003: it ran past its config.json timeout).
 */
export function outcomes(results: readonly CallResult<unknown>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const wx = r.envelope.ok ? undefined : (r.envelope.error as { wx?: { errCode?: number } }).wx;
    const key = r.envelope.ok ? 'ok' : wx?.errCode !== undefined ? String(wx.errCode) : r.envelope.error.code;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
