import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { deliverNotices as deliver } from '../notices';

/** Called by the event functions themselves (system access: no member may call it) right after they promise a message. */
export const deliverNotices: Handler<typeof eventContract.deliverNotices> = async (input, ctx) =>
  deliver(input, ctx.now);
