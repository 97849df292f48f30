import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zPage, type Paged } from './common';
import { ROLES, MEMBER_STATUSES } from '../roles';
import {
  employeeNoProblem,
  nameProblem,
  normaliseEmployeeNo,
  normaliseName,
  normalisePhone,
  phoneProblem,
} from '../rules/member-fields';
import { UNIT_CODE_PATTERN, normaliseUnitCode } from '../rules/unit-tree';
import { UPLOAD_EXTENSIONS, UPLOAD_PURPOSES } from '../rules/uploads';
import type { FileLink } from './sheet-import';
import type {
  DisputeView,
  HomeResult,
  ImportRosterOutput,
  MeOutput,
  MemberDetail,
  MemberListItem,
  MessagesOutput,
  OrgUnitView,
  RegisterOutput,
  SelfView,
  UnitView,
} from './member-model';

export type { RosterCheck } from '../rules/roster-check';
export * from './member-model';

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
// Actions

const zMemberId = zId;
const zStatusFilter = z.enum(MEMBER_STATUSES);

export const memberContract = {
  getMe: action<MeOutput>()({
    input: zEmpty,
    access: 'anyone',
    summary: 'Who am I: registration state and profile of the caller',
  }),
  getHome: action<HomeResult>()({
    input: zEmpty,
    access: 'anyone',
    summary: 'The home page: papers, events and notices open to me now, or my registration state',
  }),
  listUnits: action<{ units: UnitView[] }>()({
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
  getUploadPath: action<{ cloudPath: string }>()({
    input: z.object({ purpose: z.enum(UPLOAD_PURPOSES), ext: z.enum(UPLOAD_EXTENSIONS) }).strict(),
    access: 'worker',
    summary:
      'Where to upload a file (proof image, notice image, roster or question sheet): a path of my own, decided here',
  }),
  listMessages: action<MessagesOutput>()({
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
  listPending: action<Paged<MemberListItem>>()({
    input: zPage.strict(),
    access: 'organizer',
    summary: 'Registrations waiting for approval in my unit subtree, oldest first',
  }),
  listMembers: action<Paged<MemberListItem>>()({
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
  getMember: action<MemberDetail>()({
    input: z.object({ id: zMemberId }).strict(),
    access: 'organizer',
    summary: 'One member of my subtree, with full phone',
  }),
  listDisputes: action<Paged<DisputeView>>()({
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
  updateMember: action<MemberDetail>()({
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
  getRosterTemplate: action<FileLink>()({
    input: zEmpty,
    access: 'organizer',
    summary: 'The roster template (.xlsx: the columns, an example row, the codes of the units I manage, instructions)',
  }),
  getOrgTree: action<{ units: OrgUnitView[] }>()({
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
