/**
 * How a registration compares with the union's roster. Name and 工号 are not secrets (they are on
 * badges and in group chats), so only a phone that WeChat itself proves to be the caller's (the
 * phone-number button) and that equals the roster row's phone verifies anyone automatically; every
 * other outcome waits for an organizer, who is shown which one it is.
 */
export const ROSTER_CHECKS = ['matched', 'phone_mismatch', 'phone_unproven', 'name_mismatch', 'not_on_roster'] as const;
export type RosterCheck = (typeof ROSTER_CHECKS)[number];

export const ROSTER_CHECK_LABELS: Record<RosterCheck, string> = {
  matched: '与名册一致（微信手机号已验证）',
  phone_mismatch: '微信验证的手机号与名册不一致',
  phone_unproven: '姓名工号与名册一致，手机号未经微信验证',
  name_mismatch: '姓名与名册不一致',
  not_on_roster: '名册中没有该工号',
};

export interface RosterFacts {
  name: string;
  phone: string;
}

/**
 * The comparison: `provenPhone` is the phone WeChat vouched for in this registration (null when the
 * member typed it instead).
 */
export function rosterCheckOf(row: RosterFacts | null, who: { name: string; provenPhone: string | null }): RosterCheck {
  if (!row) return 'not_on_roster';
  if (row.name !== who.name) return 'name_mismatch';
  if (who.provenPhone === null) return 'phone_unproven';
  return who.provenPhone === row.phone ? 'matched' : 'phone_mismatch';
}
