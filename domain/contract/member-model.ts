/**
 * The member model both sides share: the views the member actions return. No zod here, so pages
 * can import the types without shipping the schemas; the schemas and the contract are in ./member.ts.
 */
import type { HomeOutput } from './home';
import type { Paged } from './common';
import type { SheetImportChunk, SheetImportReport } from './sheet-import';
import type { MemberStatus, Role } from '../roles';
import type { UnitLevel } from '../rules/unit-tree';
import type { RosterCheck } from '../rules/roster-check';

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

/** One unit of the org tree. */
export interface UnitView {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  level: UnitLevel;
  retired: boolean;
}

/** A unit as the admin's org tree shows it: with how many members (any status) sit directly in it. */
export interface OrgUnitView extends UnitView {
  members: number;
}

/**
 * The home page in one call. A verified member gets what is open for them now; anyone else gets
 * their registration state, so the page never needs a second call to decide what to show.
 */
export type HomeResult =
  | {
      state: 'member';
      home: HomeOutput;
      /** The member's saved 关怀模式, so a new phone picks it up on the first page. */
      largeText: boolean;
    }
  | { state: 'unregistered' }
  | { state: 'pending' | 'rejected'; member: SelfView };

export interface RegisterOutput {
  /** 'verified' when name, number and the WeChat-proven phone matched the union's roster: no approval needed. */
  status: Extract<MemberStatus, 'pending' | 'verified'>;
  rosterMatched: boolean;
  /** How the registration compared with the roster (why it waits, when it does). */
  rosterCheck: RosterCheck;
  member: SelfView;
}

/** A claim on a 工号 someone else holds, as the organizer who settles it sees it. */
export interface DisputeView {
  id: string;
  employeeNo: string;
  state: 'open' | 'upheld' | 'dismissed';
  createdAt: number;
  claimant: { name: string; phone: string; unitTrail: string[]; rosterCheck: RosterCheck; phoneVerified: boolean };
  /** Who holds the number now (null if the claim was released since). */
  holder: {
    id: string;
    name: string;
    phone: string;
    status: MemberStatus;
    rosterCheck: RosterCheck;
    phoneVerified: boolean;
  } | null;
  /** The roster row of the number, phone masked (null: not on the roster). */
  roster: { name: string; phone: string; unitName: string } | null;
}

/** A member in an organizer's list: the phone is always masked in lists. */
export interface MemberListItem {
  id: string;
  name: string;
  employeeNo: string;
  /** Masked (139****0001). */
  phone: string;
  unitId: string;
  unitTrail: string[];
  role: Role;
  status: MemberStatus;
  /** When the registration was (last) submitted, epoch ms. */
  submittedAt: number;
  /** The roster had this number and name when they registered or when the roster was imported. */
  rosterMatched: boolean;
  /** The phone was proven by WeChat's phone-number button, not typed. */
  phoneVerified: boolean;
  /** Against the roster as it is now (pending lists and the detail; others as at registration). */
  rosterCheck: RosterCheck | null;
}

/** One member as an organizer managing their unit sees them: full phone, what the viewer may change. */
export interface MemberDetail extends MemberListItem {
  /** Unmasked: the organizer manages this member's unit. */
  phone: string;
  /** Masked even here: no membership task needs the full ID number. */
  idNumber: string | null;
  rejectReason: string | null;
  verifiedAt: number | null;
  /** Roles this viewer may change this member to (empty when none, e.g. it is the viewer themself). */
  assignableRoles: Role[];
}

export interface MessageView {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** Mini-program page the message opens ('' = none). */
  page: string;
  read: boolean;
  createdAt: number;
}

export interface MessagesOutput extends Paged<MessageView> {
  unread: number;
}

/** The check of a roster file (nothing written yet): the shared sheet report, plus what the roster gains. */
export interface ImportReport extends SheetImportReport {
  /** Good rows whose number is not on the roster yet. */
  newRows: number;
  /** Good rows of registered, still-pending members who will be verified by this import. */
  pendingToVerify: number;
}

/** One committed chunk of a roster file. */
export interface ImportChunk extends SheetImportChunk {
  /** Pending members verified in this chunk. */
  verified: number;
}

export type ImportRosterOutput = { mode: 'report'; report: ImportReport } | { mode: 'commit'; chunk: ImportChunk };
