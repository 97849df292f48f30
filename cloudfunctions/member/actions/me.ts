import type { Handler } from '../../lib/dispatch';
import type { memberContract } from '../../../domain/contract/member';
import { toSelfView } from '../views';

export const me: Handler<typeof memberContract.me> = async (_input, ctx) => {
  if (!ctx.member) return { registered: false, member: null };
  return { registered: true, member: await toSelfView(ctx.member) };
};
