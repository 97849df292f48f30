/**
 * The emulated database answers in the same tick: no I/O separates one function's count from its
 * insert, so concurrent invocations never interleave between requests and no race can show. The
 * real cloud database is a network service (milliseconds per request from a cloud function), and
 * that gap is where count-then-insert overbooks and where transactions conflict. The rush
 * benchmarks therefore give every database request a round trip: half before it runs, half after,
 * to every function on the host alike, once their setup is done.
 */
import type { CloudHost } from '../../emulator';

/**
 * The round trip the rushes use: a few milliseconds, as from a cloud function to the managed
 * database in the same region. BENCH_DB_RTT_MS overrides (0 = the emulator as it is).
 */
export const DB_ROUND_TRIP_MS = Number(process.env.BENCH_DB_RTT_MS ?? 4);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RoundTrip {
  /** Milliseconds per request from now on (0 = none). */
  set(ms: number): void;
}

export function databaseRoundTrip(host: CloudHost, initialMs = 0): RoundTrip {
  const engine = host.engine;
  const handle = engine.handle.bind(engine);
  let half = initialMs / 2;
  engine.handle = async (action, params) => {
    if (half <= 0) return handle(action, params);
    await sleep(half);
    const res = await handle(action, params);
    await sleep(half);
    return res;
  };
  return {
    set(ms) {
      half = ms / 2;
    },
  };
}
