/**
 * The editor's working copy of an event: what the inputs hold (text as typed, times as picker parts)
 * and its conversion to the EventDraft the server takes. The server checks everything again.
 */
import {
  isTrainingKind,
  type AdminEvent,
  type EventDraft,
  type EventKind,
  type FieldType,
  type UnitOption,
} from '@domain/contract/event-model';
import { hoursText, type StudySubject } from '@domain/rules/training-subjects';
import { fieldsProblem } from '@domain/rules/event-form';
import { scheduleProblem } from '@domain/rules/event-window';
import { chinaDayAt, fromPickerParts, pickerParts } from '@domain/rules/china-time';
import type { Role } from '@domain/roles';

export const TIME_KEYS = ['signupOpensAt', 'signupClosesAt', 'cancelDeadline', 'startsAt', 'endsAt'] as const;
export type TimeKey = (typeof TIME_KEYS)[number];
export const TIME_LABELS: Record<TimeKey, string> = {
  signupOpensAt: '报名开始',
  signupClosesAt: '报名截止',
  cancelDeadline: '取消截止',
  startsAt: '活动开始',
  endsAt: '活动结束',
};

export interface EditField {
  /** React key and the field id sent to the server. */
  id: string;
  label: string;
  type: FieldType;
  required: boolean;
  /** Choice options as typed: one per line or separated by commas. */
  options: string;
  hint: string;
}

export interface FormState {
  kind: EventKind;
  title: string;
  description: string;
  place: string;
  times: Record<TimeKey, { date: string; time: string }>;
  unlimited: boolean;
  capacity: string;
  waitlistOn: boolean;
  waitlistSize: string;
  needsReview: boolean;
  oncePerKindPerYear: boolean;
  audienceUnits: string[];
  audienceRoles: Role[];
  fields: EditField[];
  quotas: { unitId: string; limit: string }[];
  /** 培训 / 会议: the hours a check-in earns, as typed, and their subject. */
  studyHours: string;
  studySubject: StudySubject;
}

const HOUR = 3_600_000;

/** A new event: sign-up open from the next hour for a week, the event three days later. */
export function blankForm(units: UnitOption[], now: number): FormState {
  const nextHour = Math.ceil(now / HOUR) * HOUR;
  const times: Record<TimeKey, number> = {
    signupOpensAt: nextHour,
    signupClosesAt: chinaDayAt(now, 7, 18),
    cancelDeadline: chinaDayAt(now, 7, 18),
    startsAt: chinaDayAt(now, 10, 9),
    endsAt: chinaDayAt(now, 10, 12),
  };
  // The organizer's own unit is the top of the units they may aim at.
  const top = units.find((u) => !units.some((p) => p.id === u.parentId));
  return {
    kind: 'general',
    title: '',
    description: '',
    place: '',
    times: Object.fromEntries(TIME_KEYS.map((k) => [k, pickerParts(times[k])])) as FormState['times'],
    unlimited: false,
    capacity: '50',
    waitlistOn: true,
    waitlistSize: '10',
    needsReview: false,
    oncePerKindPerYear: false,
    audienceUnits: top ? [top.id] : [],
    audienceRoles: [],
    fields: [],
    quotas: [],
    studyHours: '2',
    studySubject: 'business',
  };
}

export function formOf(e: AdminEvent): FormState {
  return {
    kind: e.kind,
    title: e.title,
    description: e.description,
    place: e.place,
    times: Object.fromEntries(TIME_KEYS.map((k) => [k, pickerParts(e[k])])) as FormState['times'],
    unlimited: e.capacity === null,
    capacity: e.capacity === null ? '' : String(e.capacity),
    waitlistOn: e.waitlistSize > 0,
    waitlistSize: String(e.waitlistSize),
    needsReview: e.needsReview,
    oncePerKindPerYear: e.oncePerKindPerYear,
    audienceUnits: e.audienceUnits,
    // All four roles chosen is shown as "everyone" (nothing chosen).
    audienceRoles: e.audienceRoles.length === 4 ? [] : e.audienceRoles,
    fields: e.fields.map((f) => ({
      id: f.id,
      label: f.label,
      type: f.type,
      required: f.required,
      options: (f.options ?? []).join('\n'),
      hint: f.hint ?? '',
    })),
    quotas: e.unitQuotas.map((q) => ({ unitId: q.unitId, limit: String(q.limit) })),
    studyHours: e.studyHours ? hoursText(e.studyHours.hours) : '2',
    studySubject: e.studyHours?.subject ?? 'business',
  };
}

/** The next free field id (`f1`, `f2`...): ids stay stable when fields are reordered or removed. */
export function nextFieldId(fields: EditField[]): string {
  let n = 1;
  while (fields.some((f) => f.id === `f${n}`)) n++;
  return `f${n}`;
}

const splitOptions = (text: string): string[] =>
  text
    .split(/[\n,，、;；]/)
    .map((o) => o.trim())
    .filter(Boolean);

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The draft to send, or the first problem in words. */
export function toDraft(f: FormState): { draft: EventDraft } | { problem: string } {
  if (!f.title.trim()) return { problem: '请填写活动名称' };
  if (!f.place.trim()) return { problem: '请填写活动地点' };
  const times = {} as Record<TimeKey, number>;
  for (const k of TIME_KEYS) {
    const ms = fromPickerParts(f.times[k].date, f.times[k].time);
    if (ms === null) return { problem: `请选择${TIME_LABELS[k]}时间` };
    times[k] = ms;
  }
  const capacity = f.unlimited ? null : wholeNumber(f.capacity);
  if (!f.unlimited && (capacity === null || capacity < 1)) return { problem: '名额须为正整数' };
  const waitlistSize = f.waitlistOn ? wholeNumber(f.waitlistSize) : 0;
  if (waitlistSize === null || (f.waitlistOn && waitlistSize < 1)) return { problem: '候补人数须为正整数' };
  if (f.audienceUnits.length === 0) return { problem: '请选择活动面向的单位' };
  const quotas = [];
  for (const q of f.quotas) {
    const limit = wholeNumber(q.limit);
    if (!q.unitId || limit === null || limit < 1) return { problem: '单位名额须选择单位并填写正整数' };
    quotas.push({ unitId: q.unitId, limit });
  }
  const hours = Number(f.studyHours.trim());
  if (isTrainingKind(f.kind) && !(hours > 0 && Number.isInteger(hours * 2)))
    return { problem: '培训、会议的学时须为正数（以0.5为单位）' };
  const draft: EventDraft = {
    kind: f.kind,
    title: f.title.trim(),
    description: f.description.trim(),
    place: f.place.trim(),
    ...times,
    capacity,
    waitlistSize,
    needsReview: f.needsReview,
    audienceUnits: f.audienceUnits,
    audienceRoles: f.audienceRoles,
    fields: f.fields.map((x) => ({
      id: x.id,
      label: x.label.trim(),
      type: x.type,
      required: x.required,
      ...(x.type === 'choice' ? { options: splitOptions(x.options) } : {}),
      ...(x.hint.trim() ? { hint: x.hint.trim() } : {}),
    })),
    oncePerKindPerYear: f.oncePerKindPerYear,
    unitQuotas: quotas,
    studyHours: isTrainingKind(f.kind) ? { subject: f.studySubject, hours } : null,
  };
  if (draft.fields.some((x) => !x.label)) return { problem: '表单项须填写名称' };
  const schedule = scheduleProblem(draft);
  if (schedule) return { problem: schedule.message };
  const form = fieldsProblem(draft.fields);
  if (form) return { problem: form.message };
  return { draft };
}
