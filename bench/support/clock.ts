/**
 * Runs `work` with the functions' clock (the global Date, which the in-process function host shares)
 * moved `skewMs` ahead: a lesson's minimum study time passes without the benchmark waiting for it.
 * Timers and performance.now are untouched, so round trips and timings stay real.
 */
export async function withClockAhead<T>(skewMs: number, work: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  class Ahead extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + skewMs);
      else super(...(args as [string | number | Date]));
    }
    static now(): number {
      return RealDate.now() + skewMs;
    }
  }
  globalThis.Date = Ahead as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}
