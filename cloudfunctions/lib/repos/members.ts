import type { MemberStatus, Role } from '../../../domain/roles';
import { collection } from '../collection';
import { row } from '../results';

/** A member as stored: `_id` is the WeChat OPENID, the only identity we trust. */
export interface MemberDoc {
  _id: string;
  name: string;
  employeeNo: string;
  phone: string;
  /** Optional; collected only where an event needs it, and always shown masked to others. */
  idNumber?: string;
  unitId: string;
  /** Ancestor unit ids from the branch company down to unitId (inclusive): subtree queries match on it. */
  unitPath: string[];
  role: Role;
  status: MemberStatus;
  rejectReason?: string;
  largeText?: boolean;
  createdAt: Date;
  updatedAt: Date;
  verifiedAt?: Date;
  verifiedBy?: string;
}

/** One read: the member document of an OPENID, or null. */
export async function findMember(openid: string): Promise<MemberDoc | null> {
  if (!openid) return null;
  return row<MemberDoc>(await collection('members').doc(openid).get());
}
