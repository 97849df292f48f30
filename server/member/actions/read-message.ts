import type { memberContract } from '../../../domain/contract/member';
import type { Handler } from '../../lib/dispatch';
import { markRead } from '../../lib/messages';

/** Only ever the caller's own messages: the openid in the filter comes from the call, not the input. */
export const readMessage: Handler<typeof memberContract.readMessage> = async (input, ctx) => {
  const m = ctx.member;
  return { updated: await markRead(m._id, input.all ? undefined : input.id, ctx.now) };
};
