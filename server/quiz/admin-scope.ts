/** What an organizer may touch: units they manage, banks they may use, papers that concern them. */
import { canManageUnit } from '../../domain/rules/authority';
import type { MemberCtx } from '../lib/context';
import type { MemberDoc } from '../member/repos/members';
import { loadUnits, type UnitDoc } from '../member/repos/units';
import { bankScopeOf } from './scope';

export interface AdminScope {
  actor: MemberDoc;
  isAdmin: boolean;
  units: UnitDoc[];
  /** Banks the actor uses and sees: their own unit's and those above it (the same banks their papers draw from); null = every bank. */
  bankOwners: string[] | null;
  /** The actor's subtree (own unit included); null = everything. */
  subtree: string[] | null;
  canManage(unitId: string): boolean;
  pathOf(unitId: string): string[];
  nameOf(unitId: string): string;
}

/** Loads the org tree once (one request) and answers every authority question of an action from it. */
export async function adminScope(ctx: MemberCtx): Promise<AdminScope> {
  const actor = ctx.member;
  const units = await loadUnits();
  const byId = new Map(units.map((u) => [u._id, u]));
  const pathOf = (id: string): string[] => byId.get(id)?.path ?? [];
  const isAdmin = actor.role === 'admin';
  return {
    actor,
    isAdmin,
    units,
    bankOwners: bankScopeOf(actor).ownerUnitIds,
    subtree: isAdmin ? null : units.filter((u) => u.path.includes(actor.unitId)).map((u) => u._id),
    canManage: (id) => byId.has(id) && canManageUnit(actor, pathOf(id)),
    pathOf,
    nameOf: (id) => byId.get(id)?.name ?? '',
  };
}
