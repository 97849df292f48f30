/**
 * What may still change on a paper once members have started it. Their attempts already carry the
 * questions, points, pass mark and counting rule they were set, so changing any of those (or the
 * window's start, the limits, the audience) would mark people by different rules; the title, the
 * description, the close time and the certificate do not change anybody's marks.
 */
import type { DrawSpec, PaperPurpose } from '../contract/quiz';
import type { PaperTerms } from '../contract/quiz-model';
import type { Role } from '../roles';

export interface EditableTerms extends PaperTerms {
  title: string;
  description: string;
  audienceUnits: string[];
  audienceRoles: Role[];
  draw: DrawSpec;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  /** Locked once started: turning an exam into a study paper would show its keys mid-exam. */
  purpose: PaperPurpose;
  withCertificate: boolean;
}

export type TermKey = keyof EditableTerms;

/** Free to change at any time. */
export const FREE_TERMS: readonly TermKey[] = ['title', 'description', 'closesAt', 'withCertificate'];

export const TERM_LABELS: Record<TermKey, string> = {
  title: '标题',
  description: '说明',
  audienceUnits: '面向单位',
  audienceRoles: '面向身份',
  draw: '抽题规则',
  shuffleQuestions: '题目乱序',
  shuffleOptions: '选项乱序',
  points: '每题分值',
  partialCredit: '多选题少选得分',
  passScore: '及格分',
  timeLimitMinutes: '答题时长',
  opensAt: '开始时间',
  closesAt: '截止时间',
  maxAttemptsTotal: '总作答次数',
  maxAttemptsPerDay: '每日作答次数',
  counts: '成绩计算方式',
  purpose: '试卷类型',
  withCertificate: '颁发证书',
};

/** JSON with object keys sorted and the audience as sets, so equal terms compare equal. */
function canonical(key: TermKey, value: unknown): string {
  if (key === 'audienceUnits' || key === 'audienceRoles') return JSON.stringify([...new Set(value as string[])].sort());
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sortKeys(value) ?? null);
}

/** Labels of the terms that differ and may not change once started (empty: the edit is allowed). */
export function lockedChanges(before: EditableTerms, after: EditableTerms): string[] {
  return (Object.keys(TERM_LABELS) as TermKey[])
    .filter((k) => !FREE_TERMS.includes(k) && canonical(k, before[k]) !== canonical(k, after[k]))
    .map((k) => TERM_LABELS[k]);
}

/** The CONFLICT message naming what cannot change. */
export const lockedMessage = (labels: readonly string[]): string =>
  `已有人参加考试，不能再修改${labels.join('、')}（会改变评分）；标题、说明、截止时间和证书设置仍可修改`;
