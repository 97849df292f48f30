import { chinaYear } from './china-time';
import type { ErrorCode } from '../errors';
import type { MemberStatus } from '../roles';
import type { EventKind, UnitQuota } from '../contract/event-model';
import { inAudience, type Audience, type AudienceMember } from './audience';

/**
 * Who may sign up for an event. Always: verified members of its audience. Optionally: once per
 * member per kind per calendar year (a benefit such as 金秋助学 is given once a year), and per-unit
 * quotas (each unit's share of the places).
 */
export interface EligibilityProblem {
  code: ErrorCode;
  message: string;
}

export function eligibilityProblem(
  event: Audience,
  member: AudienceMember & { status: MemberStatus },
): EligibilityProblem | null {
  if (member.status !== 'verified') return { code: 'UNAUTHENTICATED', message: '会员认证通过后才能报名' };
  // Outside the audience the event does not exist for the member: the same answer as for a made-up id.
  if (!inAudience(event, member)) return { code: 'NOT_FOUND', message: '活动不存在或尚未发布' };
  return null;
}

/** The union works in China Standard Time (UTC+8, no daylight saving): the year a benefit counts for. */
export const benefitYear = (startsAt: number): number => chinaYear(startsAt);

/**
 * The document a member's once-a-year benefit claims: one per kind, year and member, so a
 * transaction that creates it can never succeed twice.
 */
export const claimIdOf = (kind: EventKind, year: number, openid: string): string => `${kind}_${year}_${openid}`;

/**
 * The quota a member counts against: the deepest quota unit on their unit path (quotas never nest,
 * see quotasProblem, so there is at most one), or null when no quota applies to them.
 */
export function quotaUnitOf(quotas: readonly UnitQuota[], unitPath: readonly string[]): string | null {
  for (let i = unitPath.length - 1; i >= 0; i--) {
    if (quotas.some((q) => q.unitId === unitPath[i])) return unitPath[i];
  }
  return null;
}

/**
 * Quotas must not nest (a brigade and one of its grassroots unions both with a quota would make a
 * member count twice), must each fit the capacity, and must lie within the event's audience.
 * `pathOf` gives a unit's path from the root (null for an unknown unit).
 */
export function quotasProblem(
  quotas: readonly UnitQuota[],
  capacity: number | null,
  audienceUnits: readonly string[],
  pathOf: (unitId: string) => string[] | null,
): { path: string; message: string } | null {
  const seen = new Set<string>();
  for (const [i, q] of quotas.entries()) {
    const path = pathOf(q.unitId);
    if (!path) return { path: `unitQuotas.${i}.unitId`, message: '名额分配的单位不存在' };
    if (seen.has(q.unitId)) return { path: `unitQuotas.${i}.unitId`, message: '同一单位只能分配一次名额' };
    seen.add(q.unitId);
    if (capacity !== null && q.limit > capacity)
      return { path: `unitQuotas.${i}.limit`, message: '单位名额不能超过总名额' };
    if (!audienceUnits.some((a) => path.includes(a)))
      return { path: `unitQuotas.${i}.unitId`, message: '名额分配的单位须在活动面向的范围内' };
  }
  for (const [i, q] of quotas.entries()) {
    const path = pathOf(q.unitId) ?? [];
    if (quotas.some((other) => other.unitId !== q.unitId && path.includes(other.unitId))) {
      return { path: `unitQuotas.${i}.unitId`, message: '名额分配的单位不能相互包含' };
    }
  }
  return null;
}
