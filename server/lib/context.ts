import type { Access } from '../../domain/roles';
import type { CollectionName } from '../../domain/collections';
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
  /**
   * The documents the action's `prefetch` named (MainOptions in dispatch.ts), read with the member in
   * one request, each with the collection and id it was read by (`doc` null: no such document).
   * Absent when the action prefetches nothing; a handler takes one (prefetchedDoc) only for the id
   * its validated input names.
   */
  prefetched?: { from: CollectionName; id: string; doc: Record<string, unknown> | null }[];
}

/**
 * The context of a role-gated action: the dispatcher has already checked that the caller is a
 * verified member of at least that role, so handlers never re-check it (tRPC's narrowed context).
 */
export interface MemberCtx extends Ctx {
  member: MemberDoc;
}

/** The context a handler receives for an action of this access level. */
export type CtxFor<A extends Access> = A extends 'anyone' | 'system' ? Ctx : MemberCtx;
