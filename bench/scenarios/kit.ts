/**
 * What an area's scenario gets: a fresh local cloud with the demo union seeded (the same one the
 * tests use, running the built functions on the real SDK) and `measure`, which makes one call
 * through the host and records the database requests the emulator counted for it.
 *
 * A scenario makes a typical call of EVERY action of its area's contract; whatever it does not
 * measure is listed as "not measured" in the table, so gaps stay visible.
 */
import type { ActionOf, Area, Input, Output } from '../../domain/contract';
import type { Envelope } from '../../domain/contract/envelope';
import type { TestCloud } from '../../tests/support/cloud';

export interface Measurement {
  area: string;
  action: string;
  dbRequests: number[];
  ms: number[];
}

export interface ScenarioKit {
  cloud: TestCloud;
  /** Calls the action as `openid` ('' = a server-side caller), records its requests, returns the data; throws unless ok. */
  measure<A extends Area, N extends ActionOf<A>>(
    openid: string,
    area: A,
    action: N,
    input: Input<A, N> | Record<string, unknown>,
  ): Promise<Output<A, N>>;
}

export type Scenario = (kit: ScenarioKit) => Promise<void>;

export function createKit(cloud: TestCloud, measurements: Map<string, Measurement>): ScenarioKit {
  return {
    cloud,
    async measure(openid, area, action, input) {
      const res = await cloud.host.invoke(
        area,
        { action, input },
        { openid, source: openid ? 'wx_client' : 'wx_function' },
      );
      if (!res.ok) throw new Error(`${area}.${String(action)}: function failed ${res.errCode} ${res.errMsg}`);
      const env = res.result as Envelope<Output<typeof area, typeof action>>;
      if (!env.ok)
        throw new Error(
          `${area}.${String(action)}: ${env.error.code} ${env.error.message} ${JSON.stringify(env.error.issues ?? [])}`,
        );
      const key = `${area}.${String(action)}`;
      const m = measurements.get(key) ?? { area, action: String(action), dbRequests: [], ms: [] };
      m.dbRequests.push(res.dbRequests);
      m.ms.push(res.ms);
      measurements.set(key, m);
      return env.data;
    },
  };
}
