/**
 * The paper editor's working copy: inputs as typed (numbers as text, times as picker parts) and
 * its conversion to the settings the server takes. The server checks everything again.
 */
import type { StudyCredit, StudySubject } from '@domain/rules/training-subjects';
import type { UnitOption } from '@domain/contract/common';
import type { AdminPaper, BankCount, FixedQuestionView } from '@domain/contract/quiz-admin-model';
import { QUESTION_TYPES, type CountMode, type PaperPurpose, type QuestionType } from '@domain/contract/quiz-model';
import type { PaperInput } from '@domain/contract/quiz';
import { fromPickerParts, pickerParts } from '@domain/rules/china-time';
import type { Role } from '@domain/roles';

export interface QuotaRow {
  /** React key. */
  key: string;
  category: string;
  type: QuestionType;
  /** 0 = any difficulty. */
  difficulty: 0 | 1 | 2 | 3;
  count: string;
}

export interface PaperForm {
  title: string;
  description: string;
  audienceUnits: string[];
  audienceRoles: Role[];
  mode: 'random' | 'fixed';
  quotas: QuotaRow[];
  fixed: FixedQuestionView[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  points: Record<QuestionType, string>;
  partialCredit: boolean;
  passScore: string;
  timeLimitMinutes: string;
  opens: { date: string; time: string };
  closes: { date: string; time: string };
  /** The saved instants: pickers show minutes, so an unchanged picker keeps the exact saved time. */
  saved: { opensAt: number; closesAt: number } | null;
  /** '' = unlimited. */
  maxTotal: string;
  maxPerDay: string;
  counts: CountMode;
  purpose: PaperPurpose;
  withCertificate: boolean;
  /** Study hours a pass earns (issue 20), as typed ('' or 0 = none), and their subject. */
  studyHours: string;
  studySubject: StudySubject;
}

let keys = 0;
export const newKey = (): string => `k${++keys}`;

const HOUR = 3_600_000;

/** A new paper: the organizer's own unit, open from now for a week (publishing opens it at once). */
export function blankForm(units: UnitOption[], bank: BankCount[], now: number): PaperForm {
  const top = units.find((u) => !units.some((p) => p.id === u.parentId));
  const first = bank[0];
  const start = Math.floor(now / 60_000) * 60_000;
  return {
    title: '',
    description: '',
    audienceUnits: top ? [top.id] : [],
    audienceRoles: [],
    mode: 'random',
    quotas: first ? [{ key: newKey(), category: first.category, type: 'single', difficulty: 0, count: '10' }] : [],
    fixed: [],
    shuffleQuestions: true,
    shuffleOptions: true,
    points: { single: '5', multiple: '5', judge: '5' },
    partialCredit: false,
    passScore: '30',
    timeLimitMinutes: '30',
    opens: pickerParts(start),
    closes: pickerParts(start + 7 * 24 * HOUR),
    saved: null,
    maxTotal: '3',
    maxPerDay: '',
    counts: 'best',
    purpose: 'exam',
    withCertificate: false,
    studyHours: '',
    studySubject: 'law',
  };
}

export function formOf(p: AdminPaper): PaperForm {
  const s = p.setup;
  return {
    title: s.title,
    description: s.description ?? '',
    audienceUnits: s.audienceUnits,
    // All four roles stored means "everyone": shown as none chosen.
    audienceRoles: s.audienceRoles && s.audienceRoles.length < 4 ? s.audienceRoles : [],
    mode: s.draw.mode,
    quotas:
      s.draw.mode === 'random'
        ? s.draw.quotas.map((q) => ({
            key: newKey(),
            category: q.category,
            type: q.type,
            difficulty: q.difficulty ?? 0,
            count: String(q.count),
          }))
        : [],
    fixed: p.fixedQuestions,
    shuffleQuestions: s.shuffleQuestions ?? true,
    shuffleOptions: s.shuffleOptions ?? true,
    points: { single: String(s.points.single), multiple: String(s.points.multiple), judge: String(s.points.judge) },
    partialCredit: s.partialCredit ?? false,
    passScore: String(s.passScore),
    timeLimitMinutes: String(s.timeLimitMinutes),
    opens: pickerParts(s.opensAt),
    closes: pickerParts(s.closesAt),
    saved: { opensAt: s.opensAt, closesAt: s.closesAt },
    maxTotal: s.maxAttemptsTotal === null ? '' : String(s.maxAttemptsTotal),
    maxPerDay: s.maxAttemptsPerDay === null ? '' : String(s.maxAttemptsPerDay),
    counts: s.counts,
    purpose: s.purpose ?? 'exam',
    withCertificate: p.withCertificate,
    studyHours: p.studyHours ? String(p.studyHours.hours) : '',
    studySubject: p.studyHours?.subject ?? 'law',
  };
}

const num = (s: string): number => (s.trim() === '' ? NaN : Number(s));

/** Questions per type the form asks for. */
export function countsOf(f: PaperForm): Record<QuestionType, number> {
  const out = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<QuestionType, number>;
  if (f.mode === 'random') for (const q of f.quotas) out[q.type] += Math.max(0, Math.floor(num(q.count)) || 0);
  else for (const q of f.fixed) out[q.type] += 1;
  return out;
}

/** The full score the form adds up to (the server computes the same). */
export function maxScoreOf(f: PaperForm): number {
  const c = countsOf(f);
  return Math.round(QUESTION_TYPES.reduce((s, t) => s + c[t] * (num(f.points[t]) || 0), 0) * 10) / 10;
}

/** Active questions the bank has for a quota. */
export function available(bank: BankCount[], q: Pick<QuotaRow, 'category' | 'type' | 'difficulty'>): number {
  return bank
    .filter(
      (b) => b.category === q.category && b.type === q.type && (q.difficulty === 0 || b.difficulty === q.difficulty),
    )
    .reduce((n, b) => n + b.count, 0);
}

const limit = (s: string): number | null => (s.trim() === '' ? null : Math.floor(num(s)));

export function toInput(f: PaperForm): { input: PaperInput } | { problem: string } {
  if (!f.title.trim()) return { problem: '请填写试卷标题' };
  if (f.audienceUnits.length === 0) return { problem: '请选择面向的单位' };
  const instant = (parts: { date: string; time: string }, saved: number | undefined): number | null => {
    if (saved !== undefined) {
      const was = pickerParts(saved);
      if (was.date === parts.date && was.time === parts.time) return saved;
    }
    return fromPickerParts(parts.date, parts.time);
  };
  const opensAt = instant(f.opens, f.saved?.opensAt);
  const closesAt = instant(f.closes, f.saved?.closesAt);
  if (opensAt === null || closesAt === null) return { problem: '请选择开始和截止时间' };
  if (closesAt <= opensAt) return { problem: '截止时间必须晚于开始时间' };
  if (f.mode === 'random' && f.quotas.length === 0) return { problem: '请至少添加一条抽题规则' };
  if (f.mode === 'fixed' && f.fixed.length === 0) return { problem: '请至少选择一道题' };
  if (f.mode === 'random' && f.quotas.some((q) => !(num(q.count) >= 1))) return { problem: '每条抽题规则至少抽1题' };
  const points = { single: num(f.points.single), multiple: num(f.points.multiple), judge: num(f.points.judge) };
  if (Object.values(points).some((p) => !(p >= 0))) return { problem: '请填写每题分值' };
  const passScore = num(f.passScore);
  if (!(passScore >= 0)) return { problem: '请填写及格分' };
  if (passScore > maxScoreOf(f)) return { problem: `及格分不能高于总分${maxScoreOf(f)}分` };
  const minutes = num(f.timeLimitMinutes);
  if (!(minutes >= 1)) return { problem: '请填写答题时长（分钟）' };
  const maxAttemptsTotal = limit(f.maxTotal);
  const maxAttemptsPerDay = limit(f.maxPerDay);
  if (
    (maxAttemptsTotal !== null && !(maxAttemptsTotal >= 1)) ||
    (maxAttemptsPerDay !== null && !(maxAttemptsPerDay >= 1))
  )
    return { problem: '作答次数至少为1，不限请留空' };
  return {
    input: {
      title: f.title.trim(),
      description: f.description.trim(),
      audienceUnits: f.audienceUnits,
      audienceRoles: f.audienceRoles,
      draw:
        f.mode === 'random'
          ? {
              mode: 'random',
              quotas: f.quotas.map((q) => ({
                category: q.category,
                type: q.type,
                count: Math.floor(num(q.count)),
                ...(q.difficulty ? { difficulty: q.difficulty } : {}),
              })),
            }
          : { mode: 'fixed', questionIds: f.fixed.map((q) => q.id) },
      shuffleQuestions: f.shuffleQuestions,
      shuffleOptions: f.shuffleOptions,
      points,
      partialCredit: f.partialCredit,
      passScore,
      timeLimitMinutes: Math.floor(minutes),
      opensAt,
      closesAt,
      maxAttemptsTotal,
      purpose: f.purpose,
      maxAttemptsPerDay,
      counts: f.counts,
    },
  };
}

/** The hours a pass earns, or null (none, or not a positive multiple of 0.5). */
export function studyHoursOf(f: PaperForm): StudyCredit | null {
  const hours = Number(f.studyHours.trim());
  return hours > 0 && Number.isInteger(hours * 2) ? { subject: f.studySubject, hours } : null;
}
