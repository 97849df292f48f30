import type { Handler } from '../../lib/dispatch';
import type { memberContract } from '../../../domain/contract/member';
import { toSelfView } from '../views';

/** No read beyond the dispatcher's member read: unit names are stored on the member. */
export const getMe: Handler<typeof memberContract.getMe> = async (_input, ctx) => {
  if (!ctx.member) return { registered: false, member: null };
  return { registered: true, member: toSelfView(ctx.member) };
};
