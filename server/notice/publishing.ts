import type { Audience } from '../../domain/rules/audience';
import { enqueueNotice } from './fanout/enqueue';
import { kickDrain } from './fanout/kick';
import { PUBLISH_ENQUEUE_MS } from './fanout/limits';

/**
 * A notice just went live: queue its messages (as much as fits in a few seconds; the drain queues the
 * rest of a large audience) and start a drain run right away, so members hear of it in seconds rather
 * than at the next timer tick. Returns the members this call queued.
 */
export async function startSending(
  notice: Audience & { _id: string; enqueueCursor?: string },
  now: Date,
): Promise<number> {
  const res = await enqueueNotice(notice, now, Date.now() + PUBLISH_ENQUEUE_MS);
  if (res && (res.queued > 0 || !res.done)) await kickDrain();
  return res?.queued ?? 0;
}
