/**
 * 职工心声: members' requests answered on a promise and escalated when late, plus surveys
 * (voice-survey.ts). The cloud function `voice` serves all of it; exports are in voice-admin.ts.
 */
import { z } from 'zod';
import { action } from './define';
import { zEmpty, zId, zOptionalText, zText } from './common';
import { FILE_ID_PATTERN } from '../rules/notice-content';
import { PROMISE_DAYS } from '../rules/voice-promise';
import { RATINGS, VOICE_CATEGORIES, VOICE_KINDS, VOICE_LIMITS } from '../rules/voice-request';
import type {
  CalendarView,
  DraftOutput,
  MyRequestDetail,
  MyRequestsOutput,
  OrganizerRequestDetail,
  QueueOutput,
  VoiceDashboard,
  VoiceSettingsView,
} from './voice-model';
import { surveyActions } from './voice-survey';

const zById = z.object({ id: zId }).strict();
const zPageOnly = z.object({ page: z.number().int().min(1).max(500).default(1) }).strict();
const zFileId = z.string().max(512).regex(FILE_ID_PATTERN, '无效的图片');
const zDayKey = z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '日期格式应为 YYYY-MM-DD');

/** A request as it moves: what each step returns is the view of the one who took it. */
type Mine = MyRequestDetail;
type Managed = OrganizerRequestDetail;

/** A month (2024-05; absent: this one) of requests in a unit's subtree: the dashboard and its spreadsheet. */
export const zMonthInSubtree = z
  .object({
    unitId: zId.optional(),
    month: z
      .string()
      .regex(/^20\d{2}-(0[1-9]|1[0-2])$/)
      .optional(),
  })
  .strict();

export const voiceContract = {
  // The writer ----------------------------------------------------------------------------------
  getDraft: action<DraftOutput>()({
    input: zEmpty,
    access: 'worker',
    summary: 'Start a request: its retry-safe id, my upload folder, and the promise my union makes',
  }),
  submit: action<Mine>()({
    input: z
      .object({
        clientId: zId,
        kind: z.enum(VOICE_KINDS),
        category: z.enum(VOICE_CATEGORIES),
        text: zText(VOICE_LIMITS.text),
        images: z.array(zFileId).max(VOICE_LIMITS.images).default([]),
        anonymous: z.boolean(),
      })
      .strict(),
    access: 'worker',
    summary: 'Send a request to my grassroots union (content-checked); named or anonymous',
  }),
  listMine: action<MyRequestsOutput>()({
    input: zPageOnly,
    access: 'worker',
    summary: 'My requests, newest first, with where each stands against its promise',
  }),
  getMine: action<Mine>()({
    input: zById,
    access: 'worker',
    summary: 'One of my requests with its timeline (escalates it first if it is overdue)',
  }),
  addNote: action<Mine>()({
    input: z.object({ id: zId, text: zText(500) }).strict(),
    access: 'worker',
    summary: 'Add to my request (content-checked)',
  }),
  rate: action<Mine>()({
    input: z.object({ id: zId, rating: z.enum(RATINGS), comment: zOptionalText(200) }).strict(),
    access: 'worker',
    summary: 'Rate the answer to my request: 满意 / 基本满意 / 不满意',
  }),
  reopen: action<Mine>()({
    input: z.object({ id: zId, reason: zText(200) }).strict(),
    access: 'worker',
    summary: 'Ask once for my request to be handled again after rating the answer 不满意',
  }),

  // Organizers ----------------------------------------------------------------------------------
  listQueue: action<QueueOutput>()({
    input: z
      .object({
        filter: z.enum(['open', 'overdue', 'answered', 'closed', 'all']).default('open'),
        unitId: zId.optional(),
        assignedToMe: z.boolean().default(false),
        page: z.number().int().min(1).max(500).default(1),
      })
      .strict(),
    access: 'organizer',
    summary: 'Requests of my subtree, most urgent first, with their promise state (escalates overdue ones)',
  }),
  getRequest: action<Managed>()({
    input: zById,
    access: 'organizer',
    summary: 'One request as the handling union sees it, with reply templates and colleagues',
  }),
  accept: action<Managed>()({ input: zById, access: 'organizer', summary: 'Mark a request 已受理' }),
  assign: action<Managed>()({
    input: z.object({ id: zId, to: zId }).strict(),
    access: 'organizer',
    summary: 'Hand a request to a colleague (an organizer of my subtree): 处理中',
  }),
  reply: action<Managed>()({
    input: z.object({ id: zId, text: zText(VOICE_LIMITS.reply) }).strict(),
    access: 'organizer',
    summary: 'Answer the writer (anonymous writers too): 已答复; the first reply keeps or misses the promise',
  }),
  merge: action<Managed>()({
    input: z.object({ id: zId, into: zId }).strict(),
    access: 'organizer',
    summary: 'Close a duplicate into a similar request: its writer gets that request’s replies',
  }),
  adopt: action<Managed>()({ input: zById, access: 'organizer', summary: 'Mark a suggestion 采纳' }),
  close: action<Managed>()({
    input: z.object({ id: zId, reason: zText(200) }).strict(),
    access: 'organizer',
    summary: 'Close a request, saying why',
  }),
  getSettings: action<VoiceSettingsView>()({
    input: zEmpty,
    access: 'organizer',
    summary: 'My union’s promise (working days) and saved reply templates',
  }),
  saveSettings: action<VoiceSettingsView>()({
    input: z.object({ promiseDays: z.number().int().min(PROMISE_DAYS.min).max(PROMISE_DAYS.max) }).strict(),
    access: 'organizer',
    summary: 'Set the working days my union promises for a first reply (new requests)',
  }),
  saveTemplate: action<VoiceSettingsView>()({
    input: z
      .object({ id: zId.optional(), title: zText(VOICE_LIMITS.templateTitle), text: zText(VOICE_LIMITS.reply) })
      .strict(),
    access: 'organizer',
    summary: 'Add or edit a saved reply template of my union',
  }),
  removeTemplate: action<VoiceSettingsView>()({
    input: zById,
    access: 'organizer',
    summary: 'Delete a saved reply template',
  }),
  getDashboard: action<VoiceDashboard>()({
    input: zMonthInSubtree,
    access: 'organizer',
    summary: 'A month of requests rolled up the tree: volume, answered on time, satisfaction, topics',
  }),
  getCalendar: action<CalendarView>()({
    input: zEmpty,
    access: 'admin',
    summary: 'Holiday calendar: built-in years and added days',
  }),
  saveCalendar: action<CalendarView>()({
    input: z.object({ holidays: z.array(zDayKey).max(120), workdays: z.array(zDayKey).max(40) }).strict(),
    access: 'admin',
    summary: 'Add a year’s holidays and make-up working days (State Council schedule) not built in',
  }),

  // Server side ---------------------------------------------------------------------------------
  sweep: action<{ escalated: number; sent: number; surveys: number }>()({
    input: zEmpty,
    access: 'system',
    summary: 'Timer safety net: escalate overdue requests nobody has read, send leftover notifications',
  }),
  recordMediaVerdict: action<{ applied: boolean }>()({
    input: z
      .object({
        traceId: z.string().min(1).max(128),
        suggest: z.enum(['pass', 'review', 'risky']),
        label: z.number().int(),
      })
      .strict(),
    access: 'system',
    summary: 'WeChat’s asynchronous image check result (wxa_media_check push)',
  }),

  ...surveyActions,
};
