/**
 * A member's standing against what they owe: per subject, hours earned count up to what is
 * required (ten hours of law do not make up for missing psychology), and whatever is missing is
 * "left". One rule for the member's page, the organizer's rollup, the reminders and the exports.
 */
import { STUDY_SUBJECTS, zeroHours, type HoursBySubject, type StudySubject } from './training-subjects';

export interface SubjectStanding {
  subject: StudySubject;
  required: number;
  earned: number;
  left: number;
}

export interface Standing {
  subjects: SubjectStanding[];
  required: number;
  /** Earned hours that count towards the requirement (capped per subject). */
  counted: number;
  /** Every hour earned, counted or not. */
  earned: number;
  left: number;
  /** Nothing left (a member with no requirement is done). */
  done: boolean;
}

export function standingOf(required: HoursBySubject, earned: HoursBySubject | undefined): Standing {
  const got = earned ?? zeroHours();
  const subjects = STUDY_SUBJECTS.map((subject) => {
    const r = required[subject] ?? 0;
    const e = got[subject] ?? 0;
    return { subject, required: r, earned: e, left: Math.max(0, r - e) };
  });
  const sum = (f: (s: SubjectStanding) => number) => subjects.reduce((n, s) => n + f(s), 0);
  const left = sum((s) => s.left);
  return {
    subjects,
    required: sum((s) => s.required),
    counted: sum((s) => Math.min(s.earned, s.required)),
    earned: sum((s) => s.earned),
    left,
    done: left === 0,
  };
}

/** Completion as a share (0..1) of required hours counted; 1 when nothing is required. */
export const completionOf = (s: Pick<Standing, 'required' | 'counted'>): number =>
  s.required === 0 ? 1 : s.counted / s.required;

/** Adds one member's standing into a unit's totals. */
export interface UnitTotals {
  members: number;
  done: number;
  required: number;
  counted: number;
  left: HoursBySubject;
}

export const emptyTotals = (): UnitTotals => ({ members: 0, done: 0, required: 0, counted: 0, left: zeroHours() });

export function addStanding(t: UnitTotals, s: Standing): void {
  t.members += 1;
  if (s.done) t.done += 1;
  t.required += s.required;
  t.counted += s.counted;
  for (const x of s.subjects) t.left[x.subject] += x.left;
}
