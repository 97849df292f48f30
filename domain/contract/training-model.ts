/**
 * What the member's training actions return (no zod here: pages import these types and constants
 * without shipping schemas to the phone).
 */
import type { NoticeBlockView } from './notice';
import type { Standing } from '../rules/training-progress';
import type { HoursBySubject, StudySource, StudySubject } from '../rules/training-subjects';

/** What a 心得 may hold (the form and the server hold it to the same). */
export const ESSAY_LIMITS = { title: 40, minText: 50, text: 5000, images: 9 } as const;

export const LESSON_FORMATS = ['text', 'link'] as const;
export type LessonFormat = (typeof LESSON_FORMATS)[number];

export const ESSAY_STATES = ['pending', 'accepted', 'returned'] as const;
export type EssayState = (typeof ESSAY_STATES)[number];
export const ESSAY_STATE_LABELS: Record<EssayState, string> = {
  pending: '待审核',
  accepted: '已通过',
  returned: '已退回',
};

/** One line of the member's ledger. */
export interface LedgerEntryView {
  source: StudySource;
  title: string;
  subject: StudySubject;
  hours: number;
  /** When it was credited, epoch ms. */
  at: number;
  /** What earned it, in words: 考试通过（85分）, 签到 09:02, 学习 6分钟... */
  proof: string;
}

/** What every list of lessons shows of one, the member's and the organizer's. */
export interface LessonBasics {
  id: string;
  title: string;
  subject: StudySubject;
  hours: number;
  minSeconds: number;
  format: LessonFormat;
}

export interface LessonCard extends LessonBasics {
  summary: string;
}

export interface ProgressView {
  year: number;
  plan: {
    /** A plan on the member's unit path exists for the year. */
    planned: boolean;
    /** Whom the plan counts the member as: 基层工会工会干部. */
    audience: string;
    deadline: number | null;
  };
  standing: Standing;
  /** The latest entries, newest first. */
  entries: LedgerEntryView[];
  /** Lessons aimed at the member not yet credited, newest first. */
  lessons: LessonCard[];
  /** Hours earned this year: a certificate can be drawn. */
  certificateReady: boolean;
}

export interface MeetingCard {
  eventId: string;
  title: string;
  place: string;
  startsAt: number;
  subject: StudySubject;
  hours: number;
}

export interface PaperHoursCard {
  paperId: string;
  title: string;
  closesAt: number;
  subject: StudySubject;
  hours: number;
}

/** What is open now to earn hours, besides lessons: the next meetings, papers with hours not yet passed. */
export interface OpenNow {
  meetings: MeetingCard[];
  papers: PaperHoursCard[];
}

export interface LessonView extends LessonCard {
  blocks: NoticeBlockView[];
  /** The 公众号 article (format 'link'). */
  link: string | null;
  ownerUnitName: string;
  publishedAt: number;
  /** Already counted in my ledger, and when. */
  creditedAt: number | null;
}

export interface StartLessonOutput {
  /** Hands the finish to this opening of the lesson; a finish from another one is refused. */
  session: string;
  startedAt: number;
  /** The earliest moment a finish counts (server time). */
  finishableAt: number;
  /** Counted already: reading again earns nothing more. */
  credited: boolean;
}

export interface FinishLessonOutput {
  /** credited: hours added now; already: counted before; too_early: under the minimum time, nothing added. */
  outcome: 'credited' | 'already' | 'too_early';
  secondsLeft: number;
  subject: StudySubject;
  hours: number;
}

export interface EssayView {
  id: string;
  title: string;
  text: string;
  subject: StudySubject;
  images: { fileID: string; url: string }[];
  /** The member agreed to show it to their unit (工作交流) once accepted. */
  share: boolean;
  state: EssayState;
  comment: string;
  /** Hours credited on acceptance (0 until then). */
  hours: number;
  submittedAt: number;
  reviewedAt: number | null;
}

export interface SharedEssay {
  id: string;
  title: string;
  text: string;
  subject: StudySubject;
  authorName: string;
  unitName: string;
  acceptedAt: number;
}

export interface CertificateView {
  /** `ABCD-2345`: anyone can check it with verifyCertificate. */
  code: string;
  year: number;
  memberName: string;
  unitName: string;
  hours: HoursBySubject;
  total: number;
  /** Every required hour of the member's plan was earned. */
  completed: boolean;
  issuedAt: number;
  unionName: string;
}

export interface VerifiedCertificate {
  code: string;
  year: number;
  /** 张*, 欧**娜 */
  maskedName: string;
  unitName: string;
  total: number;
  hours: HoursBySubject;
  completed: boolean;
  issuedAt: number;
  unionName: string;
}
