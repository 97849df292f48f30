import type { SelfView } from '../../domain/contract/member';
import type { MemberDoc } from '../lib/repos/members';
import { findUnit, listUnits } from '../lib/repos/units';

/** The member's own profile, unmasked, with their unit's trail of names. */
export async function toSelfView(m: MemberDoc): Promise<SelfView> {
  const units = m.unitPath.length > 1 ? await listUnits() : [await findUnit(m.unitId)].filter((u) => u !== null);
  const byId = new Map(units.map((u) => [u._id, u]));
  const trail = m.unitPath.map((id) => byId.get(id)?.name ?? id);
  return {
    name: m.name,
    employeeNo: m.employeeNo,
    phone: m.phone,
    unitId: m.unitId,
    unitName: trail[trail.length - 1] ?? '',
    unitTrail: trail,
    role: m.role,
    status: m.status,
    rejectReason: m.rejectReason,
    largeText: m.largeText ?? false,
  };
}
