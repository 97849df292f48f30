/**
 * The four subjects the union's training plans count hours in (政策理论, 日常业务, 常用法律法规,
 * 心理疏导), and the small arithmetic of study hours (学时). Hours come in halves: a meeting of an
 * afternoon is 2 or 2.5 学时, never 2.37, and halves add up exactly in floating point.
 */
export const STUDY_SUBJECTS = ['policy', 'business', 'law', 'counselling'] as const;
export type StudySubject = (typeof STUDY_SUBJECTS)[number];

export const STUDY_SUBJECT_LABELS: Record<StudySubject, string> = {
  policy: '政策理论',
  business: '日常业务',
  law: '常用法律法规',
  counselling: '心理疏导',
};

/** Where an hour came from. One ledger entry per source item and member, ever. */
export const STUDY_SOURCES = ['quiz', 'meeting', 'lesson', 'essay'] as const;
export type StudySource = (typeof STUDY_SOURCES)[number];

export const STUDY_SOURCE_LABELS: Record<StudySource, string> = {
  quiz: '考试',
  meeting: '培训会议',
  lesson: '学习资料',
  essay: '心得体会',
};

/** What one item (paper, meeting, lesson, 心得) is worth. */
export interface StudyCredit {
  subject: StudySubject;
  hours: number;
}

/** One item never counts for more than a working week of training. */
export const MAX_ITEM_HOURS = 40;
/** A plan never asks more than this of one subject in a year. */
export const MAX_PLAN_HOURS = 200;

export type HoursBySubject = Record<StudySubject, number>;

export const zeroHours = (): HoursBySubject => ({ policy: 0, business: 0, law: 0, counselling: 0 });

export const totalHours = (h: HoursBySubject): number => STUDY_SUBJECTS.reduce((n, s) => n + (h[s] ?? 0), 0);

/** Hours as people write them: 2, 2.5 (no trailing zeros). */
export const hoursText = (h: number): string => String(Math.round(h * 10) / 10);

/** The ledger key of one source item: a member's ledger holds each key at most once. */
export const ledgerKeyOf = (source: StudySource, refId: string): string => `${source}:${refId}`;
