import { AppError } from '../../domain/errors';
import { canManageUnit } from '../../domain/rules/authority';
import type { MemberCtx } from '../lib/context';
import type { MemberDoc } from '../member/repos/members';
import { findNotice, type NoticeDoc } from './repos/notices';

/**
 * The notice an organizer asks about, if they may manage it: admins any, organizers those owned in
 * their unit subtree. Anything else is NOT_FOUND, so ids of other units' notices reveal nothing.
 */
export async function loadManaged(id: string, ctx: MemberCtx): Promise<{ actor: MemberDoc; notice: NoticeDoc }> {
  const actor = ctx.member;
  const notice = await findNotice(id);
  if (!notice || !canManageUnit(actor, notice.ownerUnitPath)) throw new AppError('NOT_FOUND', '通知不存在');
  return { actor, notice };
}
