import { AppError } from '../../domain/errors';
import type { MemberDoc } from '../member/repos/members';

/** What an action knows about its call. Identity comes from getWXContext only, never from input. */
export interface Ctx {
  /** The caller's OPENID ('' for timer triggers and calls from other functions). */
  openid: string;
  /** The caller's member document, loaded once by the dispatcher (null if not registered). */
  member: MemberDoc | null;
  /** The server's clock at the start of the call: the only clock that counts. */
  now: Date;
  /** Where the call came from: wx_client, wx_function, wx_trigger... */
  source: string;
}

/** The caller as a verified member; the dispatcher already guarantees this for role-gated actions. */
export function requireMember(ctx: Ctx): MemberDoc {
  if (!ctx.member || ctx.member.status !== 'verified') throw new AppError('UNAUTHENTICATED', '请先完成会员认证');
  return ctx.member;
}
