import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zPage, type Paged } from './common';
import type { HomeOutput } from './home';
import { ROLES, MEMBER_STATUSES, type MemberStatus, type Role } from '../roles';
import {
  employeeNoProblem,
  nameProblem,
  normaliseEmployeeNo,
  normaliseName,
  normalisePhone,
  phoneProblem,
} from '../rules/member-fields';
import { UNIT_CODE_PATTERN, normaliseUnitCode, type UnitLevel } from '../rules/unit-tree';
import type { FileLink, SheetImportChunk, SheetImportReport } from './sheet-import';
import type { RosterCheck } from '../rules/roster-check';
import { UPLOAD_EXTENSIONS, UPLOAD_PURPOSES } from '../rules/uploads';

export type { RosterCheck };

// ---------------------------------------------------------------------------------------------
// Field schemas (the patterns live in domain/rules/member-fields.ts, shared with the roster import)

/** A normalised text field checked by one of the shared rules: one issue per field, in the rule's words. */
const zChecked = (max: number, normalise: (v: string) => string, problem: (v: string) => string | null) =>
  z
    .string()
    .max(max)
    .transform(normalise)
    .superRefine((v, ctx) => {
      const p = problem(v);
      if (p) ctx.addIssue({ code: z.ZodIssueCode.custom, message: p });
    });
const zName = zChecked(60, normaliseName, nameProblem);
const zEmployeeNo = zChecked(40, normaliseEmployeeNo, employeeNoProblem);
const zPhone = zChecked(40, normalisePhone, phoneProblem);
const zUnitName = z.string().trim().min(1, '请填写单位名称').max(40, '单位名称不能超过40个字');
const zUnitCode = z
  .string()
  .max(40)
  .transform(normaliseUnitCode)
  .pipe(z.string().regex(UNIT_CODE_PATTERN, '单位编码应为2到32位字母、数字或“-”'));
/** A cloud storage file id as Taro.cloud.uploadFile (or the local upload endpoint) returns it. */
const zFileId = z
  .string()
  .min(10)
  .max(512)
  .regex(/^cloud:\/\/[^\s]+$/, '无效的文件');

/** What a person fills in to register: the fields an organizer checks against the union's records. */
const zProfile = z.object({ name: zName, employeeNo: zEmployeeNo, phone: zPhone, unitId: zId }).strict();

/** The one-time code `<button open-type="getPhoneNumber">` gives; the server trades it for the phone WeChat vouches for. */
const zPhoneCode = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/, '无效的手机号验证');

/** A registration (or a dispute): the profile, and optionally the phone-number button's code. */
const zRegistration = zProfile.extend({ phoneCode: zPhoneCode.optional() }).strict();

// ---------------------------------------------------------------------------------------------
// Views

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

// ---------------------------------------------------------------------------------------------
// Actions

const zMemberId = zId;
const zStatusFilter = z.enum(MEMBER_STATUSES);

export const memberContract = {
  me: action<MeOutput>()({
    input: zEmpty,
    access: 'anyone',
    summary: 'Who am I: registration state and profile of the caller',
  }),
  home: action<HomeResult>()({
    input: zEmpty,
    access: 'anyone',
    summary: 'The home page: papers, events and notices open to me now, or my registration state',
  }),
  units: action<{ units: UnitView[] }>()({
    input: zEmpty,
    access: 'anyone',
    summary: 'The active org tree, flat, for unit pickers (registration, member edits)',
  }),
  register: action<RegisterOutput>()({
    input: zRegistration,
    access: 'anyone',
    summary:
      'Register (or resubmit); verified at once only when name, number and the WeChat-proven phone match the roster',
  }),
  disputeNumber: action<{ id: string; state: DisputeView['state'] }>()({
    input: zRegistration,
    access: 'anyone',
    summary: '这是我的工号: claim a 工号 someone else registered; an organizer settles it',
  }),
  claimAdmin: action<SelfView>()({
    input: z.object({ profile: zProfile.optional() }).strict(),
    access: 'anyone',
    summary: 'Bootstrap: a caller listed in the function env ADMIN_OPENIDS becomes admin',
  }),
  updateProfile: action<SelfView>()({
    input: z
      .object({ phone: zPhone.optional(), largeText: z.boolean().optional() })
      .strict()
      .refine((v) => v.phone !== undefined || v.largeText !== undefined, '没有要保存的内容'),
    access: 'worker',
    summary: 'A member edits their own phone and 关怀模式 (name, number, unit change only through an organizer)',
  }),
  uploadPath: action<{ cloudPath: string }>()({
    input: z.object({ purpose: z.enum(UPLOAD_PURPOSES), ext: z.enum(UPLOAD_EXTENSIONS) }).strict(),
    access: 'worker',
    summary:
      'Where to upload a file (proof image, notice image, roster or question sheet): a path of my own, decided here',
  }),
  messages: action<MessagesOutput>()({
    input: zPage.strict(),
    access: 'worker',
    summary: 'My in-app messages, newest first, with the unread count',
  }),
  readMessage: action<{ updated: number }>()({
    input: z
      .object({ id: zId.optional(), all: z.literal(true).optional() })
      .strict()
      .refine((v) => (v.id === undefined) !== (v.all === undefined), '请指定一条消息或全部'),
    access: 'worker',
    summary: 'Mark one of my messages (or all) read',
  }),
  pending: action<Paged<MemberListItem>>()({
    input: zPage.strict(),
    access: 'organizer',
    summary: 'Registrations waiting for approval in my unit subtree, oldest first',
  }),
  members: action<Paged<MemberListItem>>()({
    input: zPage
      .extend({
        unitId: zId.optional(),
        status: zStatusFilter.default('verified'),
        q: z.string().trim().max(20).optional(),
      })
      .strict(),
    access: 'organizer',
    summary: 'Members of a unit subtree I manage, searchable by name or employee number',
  }),
  member: action<MemberDetail>()({
    input: z.object({ id: zMemberId }).strict(),
    access: 'organizer',
    summary: 'One member of my subtree, with full phone',
  }),
  disputes: action<Paged<DisputeView>>()({
    input: zPage.strict(),
    access: 'organizer',
    summary: 'Open 工号 disputes in my subtree, oldest first, with both sides against the roster',
  }),
  resolveDispute: action<DisputeView>()({
    input: z
      .object({
        id: z
          .string()
          .min(3)
          .max(140)
          .regex(/^[A-Za-z0-9_-]+$/, '无效的编号'),
        decision: z.enum(['claimant', 'holder']),
        reason: z.string().trim().min(1, '请填写核实情况').max(100),
      })
      .strict(),
    access: 'organizer',
    summary:
      'Settle a dispute: give the number to the claimant (the holder is turned away) or leave it; kept in the audit log',
  }),
  review: action<MemberListItem>()({
    input: z
      .object({ id: zMemberId, decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(100).optional() })
      .strict()
      .refine((v) => v.decision === 'approve' || (v.reason ?? '').length > 0, {
        message: '请填写驳回原因',
        path: ['reason'],
      }),
    access: 'organizer',
    summary: 'Approve or reject a pending registration in my subtree',
  }),
  setRole: action<MemberListItem>()({
    input: z.object({ id: zMemberId, role: z.enum(ROLES) }).strict(),
    access: 'organizer',
    summary: 'Change a member’s role (organizers: worker/cadre in their subtree; admins: any)',
  }),
  editMember: action<MemberDetail>()({
    input: z
      .object({ id: zMemberId, name: zName.optional(), employeeNo: zEmployeeNo.optional(), unitId: zId.optional() })
      .strict()
      .refine((v) => v.name !== undefined || v.employeeNo !== undefined || v.unitId !== undefined, '没有要保存的内容'),
    access: 'organizer',
    summary: 'Correct a member’s name, number or unit (within my subtree)',
  }),
  moveMembers: action<{ moved: number }>()({
    input: z.object({ fromUnitId: zId, toUnitId: zId }).strict(),
    access: 'organizer',
    summary: 'Move every member sitting directly in one unit to another (both in my subtree)',
  }),
  importRoster: action<ImportRosterOutput>()({
    input: z
      .object({ fileId: zFileId, commit: z.boolean(), cursor: z.number().int().min(0).max(100_000).optional() })
      .strict(),
    access: 'organizer',
    summary: 'Roster .xlsx: validate (commit false, writes nothing) or write its good rows chunk by chunk',
  }),
  rosterTemplate: action<FileLink>()({
    input: zEmpty,
    access: 'organizer',
    summary: 'The roster template (.xlsx: the columns, an example row, the codes of the units I manage, instructions)',
  }),
  orgTree: action<{ units: OrgUnitView[] }>()({
    input: zEmpty,
    access: 'admin',
    summary: 'The whole org tree including retired units, with member counts',
  }),
  createUnit: action<UnitView>()({
    input: z.object({ name: zUnitName, code: zUnitCode, parentId: zId.nullable() }).strict(),
    access: 'admin',
    summary: 'Create a unit under a parent (null: a new branch company)',
  }),
  renameUnit: action<UnitView>()({
    input: z.object({ unitId: zId, name: zUnitName }).strict(),
    access: 'admin',
    summary: 'Rename a unit (members’ stored unit names follow)',
  }),
  moveUnit: action<{ unit: UnitView; unitsMoved: number; membersMoved: number }>()({
    input: z.object({ unitId: zId, parentId: zId }).strict(),
    access: 'admin',
    summary: 'Move a unit (with its subtree and members) under another parent one level up',
  }),
  retireUnit: action<UnitView>()({
    input: z.object({ unitId: zId }).strict(),
    access: 'admin',
    summary: 'Retire an empty unit (no members, no active sub-units)',
  }),
};
