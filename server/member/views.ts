import type { MemberDetail, MemberListItem, SelfView, UnitView } from '../../domain/contract/member';
import { maskIdNumber, maskPhone } from '../../domain/rules/masking';
import { assignableRoles, roleChangeProblem } from '../../domain/rules/role-grants';
import { rosterCheckOf } from '../../domain/rules/roster-check';
import type { MemberDoc } from './repos/members';
import type { RosterDoc } from './repos/roster';
import type { UnitDoc } from './repos/units';

/**
 * Every shape a member leaves the server in. Masking happens here and only here: lists always mask
 * the phone; the full phone goes only to the member themself and to the detail an organizer
 * managing the member's unit opens.
 */

/** Unit names from the root down, as stored on the member (kept in step by unit renames and moves). */
export function trailOf(m: MemberDoc): string[] {
  const names = Array.isArray(m.unitNames) && m.unitNames.length === m.unitPath.length ? m.unitNames : m.unitPath;
  return [...names];
}

/** The member's own profile, unmasked, with their unit's trail of names. No database read. */
export function toSelfView(m: MemberDoc): SelfView {
  const trail = trailOf(m);
  const view: SelfView = {
    name: m.name,
    employeeNo: m.employeeNo,
    phone: m.phone,
    unitId: m.unitId,
    unitName: trail[trail.length - 1] ?? '',
    unitTrail: trail,
    role: m.role,
    status: m.status,
    largeText: m.largeText ?? false,
  };
  if (m.status === 'rejected' && m.rejectReason) view.rejectReason = m.rejectReason;
  return view;
}

const millis = (d: Date | undefined): number => (d ? new Date(d).getTime() : 0);

/** How a member compares with a roster row now: only a WeChat-proven phone counts as the member's. */
export const liveRosterCheck = (m: MemberDoc, row: RosterDoc | null) =>
  rosterCheckOf(row, { name: m.name, provenPhone: m.phoneVerified ? m.phone : null });

/**
 * A member in an organizer's list: phone masked. With `row` (the roster row of their number, or
 * null when there is none) the roster check is as of now; without, as at registration.
 */
export function toListItem(m: MemberDoc, row?: RosterDoc | null): MemberListItem {
  return {
    id: m._id,
    name: m.name,
    employeeNo: m.employeeNo,
    phone: maskPhone(m.phone),
    unitId: m.unitId,
    unitTrail: trailOf(m),
    role: m.role,
    status: m.status,
    submittedAt: millis(m.submittedAt ?? m.createdAt),
    rosterMatched: m.rosterMatched ?? false,
    phoneVerified: m.phoneVerified === true,
    rosterCheck: row === undefined ? (m.rosterCheck ?? null) : liveRosterCheck(m, row),
  };
}

/** The detail an organizer managing the member's unit opens: full phone, ID number still masked. */
export function toDetail(m: MemberDoc, viewer: Pick<MemberDoc, '_id' | 'role'>, row?: RosterDoc | null): MemberDetail {
  return {
    ...toListItem(m, row),
    phone: m.phone,
    idNumber: m.idNumber ? maskIdNumber(m.idNumber) : null,
    rejectReason: m.rejectReason ?? null,
    verifiedAt: m.verifiedAt ? millis(m.verifiedAt) : null,
    assignableRoles:
      m.status === 'verified'
        ? assignableRoles(viewer.role).filter(
            (r) =>
              r !== m.role && !roleChangeProblem({ id: viewer._id, role: viewer.role }, { id: m._id, role: m.role }, r),
          )
        : [],
  };
}

export function toUnitView(u: UnitDoc): UnitView {
  return { id: u._id, code: u.code, name: u.name, parentId: u.parentId, level: u.level, retired: u.retired };
}
