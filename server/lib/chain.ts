/**
 * A chained call: this function asks a function (often itself) to go on with work in an invocation
 * of its own, with its own time limit, and waits a little for it. The wait lets the request leave
 * before this call answers (WeChat may freeze a container that has answered) and usually lets the
 * work finish first; the work goes on either way. Whatever is chained must also be picked up by a
 * later reader or sweep, because a chained call can be lost.
 */
import { cloud } from './cloud';

/** How long a call waits for what it chained before answering anyway. */
export const CHAIN_WAIT_MS = 1000;

export async function chain(
  name: string,
  action: string,
  input: object,
  label: string,
  waitMs = CHAIN_WAIT_MS,
): Promise<void> {
  const call = Promise.resolve(cloud.callFunction({ name, data: { action, input } })).then(
    (res) => {
      const env = (res as { result?: { ok?: boolean; error?: unknown } } | undefined)?.result;
      if (env && env.ok === false) console.error(`[${name}] chained ${label} refused`, env.error);
    },
    (err: unknown) => console.error(`[${name}] chained ${label} failed`, err),
  );
  await Promise.race([call, new Promise((r) => setTimeout(r, waitMs))]);
}
