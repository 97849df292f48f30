/** What the organizers' training actions return (types and constants only; schemas in ./training-admin.ts). */
import type { FileLink } from './quiz-admin-model';
import type { UnitOption } from './event-model';
import type { LessonBasics } from './training-model';
import type { Role } from '../roles';
import type { PlanRow } from '../rules/training-plan';
import type { HoursBySubject, StudySubject } from '../rules/training-subjects';
import type { UnitLevel } from '../rules/unit-tree';
import type { NoticeBlockView } from './notice';

export type { FileLink, UnitOption };

/** A lesson must hold the reader at least this long (and at most two hours) to count. */
export const LESSON_SECONDS = { min: 10, max: 7200 } as const;

/** 公众号 articles: the only links WeChat opens from a mini-program without a business domain. */
export const ARTICLE_LINK = /^https:\/\/mp\.weixin\.qq\.com\/[A-Za-z0-9/_?=&%.#-]{1,400}$/;

export const LESSON_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];
export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  draft: '草稿',
  published: '已发布',
  withdrawn: '已撤回',
};

export interface PlanView {
  year: number;
  unitId: string;
  unitName: string;
  deadline: number;
  rows: PlanRow[];
  note: string;
  updatedAt: number;
  updatedByName: string;
}

export interface PlanEditor {
  year: number;
  unit: { id: string; name: string; level: UnitLevel };
  /** The units whose plans I may set (my subtree; everything for admins). */
  units: UnitOption[];
  plan: PlanView | null;
  /** What the ancestors' plans already ask: the floor of every audience and the latest allowed deadline. */
  inherited: { rows: PlanRow[]; deadline: number | null; fromUnits: string[] };
}

export interface UnitRollupRow {
  unitId: string;
  name: string;
  level: UnitLevel;
  members: number;
  /** Members with nothing left. */
  done: number;
  required: number;
  counted: number;
  /** Share of required hours earned (0..1). */
  completion: number;
  /** Hours still missing, per subject, summed over members. */
  left: HoursBySubject;
}

export interface BehindMember {
  openid: string;
  name: string;
  employeeNo: string;
  unitName: string;
  role: Role;
  left: HoursBySubject;
  leftTotal: number;
  completion: number;
}

export interface Rollup {
  year: number;
  deadline: number | null;
  /** The unit looked at, with everything below it. */
  total: UnitRollupRow;
  /** Its direct sub-units, each with their subtree. */
  children: UnitRollupRow[];
  /** Members of the subtree with hours left, most behind first (one page). */
  behind: { items: BehindMember[]; total: number; page: number; pageSize: number };
  units: UnitOption[];
}

export interface RemindOutcome {
  behind: number;
  /** In-app messages written now (a member already reminded today is not reminded again). */
  messages: number;
  /** Subscription messages sent (only to members with an unused accept). */
  pushed: number;
}

export interface ManagedLesson extends LessonBasics {
  status: LessonStatus;
  ownerUnitName: string;
  updatedAt: number;
  publishedAt: number | null;
}

export interface LessonEditor {
  lesson:
    | (ManagedLesson & {
        summary: string;
        blocks: NoticeBlockView[];
        link: string | null;
        audienceUnits: string[];
        audienceRoles: Role[];
      })
    | null;
  units: UnitOption[];
}

export interface EssayReviewItem {
  id: string;
  title: string;
  text: string;
  subject: StudySubject;
  images: { fileID: string; url: string }[];
  authorName: string;
  employeeNo: string;
  unitName: string;
  share: boolean;
  submittedAt: number;
}

export interface ReviewEssayOutcome {
  id: string;
  state: 'accepted' | 'returned';
  hours: number;
  /** This review added the hours to the member's ledger (false if they were there already). */
  credited: boolean;
}
