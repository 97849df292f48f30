import { action } from './define';
import { zEmpty } from './common';
import type { MemberStatus, Role } from '../roles';

/** A member as the member themself sees it (their own data unmasked). */
export interface SelfView {
  name: string;
  employeeNo: string;
  phone: string;
  unitId: string;
  unitName: string;
  /** Unit names from the branch company down, for display: 分公司 / 大队 / 基层工会. */
  unitTrail: string[];
  role: Role;
  status: MemberStatus;
  rejectReason?: string;
  /** 关怀模式: larger text everywhere. */
  largeText: boolean;
}

export interface MeOutput {
  /** False until this WeChat user has submitted a registration. */
  registered: boolean;
  member: SelfView | null;
}

export const memberContract = {
  me: action<MeOutput>()({
    input: zEmpty,
    access: 'anyone',
    summary: 'Who am I: registration state and profile of the caller',
  }),
};
