import { cloud } from '../../lib/cloud';
import { KICK_GRACE_MS } from './limits';

/**
 * Starts another drain run. cloud.callFunction resolves only when the callee finishes, which would
 * make this run wait for the whole chain (and time out), so we wait just long enough for the request
 * to leave and return; the callee runs on its own. If it is lost, the timer trigger picks the queue up
 * within a minute.
 */
export async function kickDrain(): Promise<void> {
  const call = Promise.resolve(cloud.callFunction({ name: 'notice', data: { action: 'drainQueue', input: {} } })).then(
    (res) => {
      const env = (res as { result?: { ok?: boolean; error?: unknown } } | undefined)?.result;
      if (env && env.ok === false) console.error('[notice] chained drain refused', env.error);
    },
    (err: unknown) => console.error('[notice] chained drain failed', err),
  );
  await Promise.race([call, new Promise((r) => setTimeout(r, KICK_GRACE_MS))]);
}
