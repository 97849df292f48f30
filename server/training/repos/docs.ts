/**
 * How training plans, ledgers, lessons, studies, 心得 and certificates are stored. Dates are Dates
 * here; the views turn them into epoch ms for the wire.
 */
import type { LessonStatus } from '../../../domain/contract/training-admin-model';
import type { EssayState, LessonFormat } from '../../../domain/contract/training-model';
import type { Role } from '../../../domain/roles';
import type { NoticeBlock } from '../../../domain/rules/notice-content';
import type { PlanRow } from '../../../domain/rules/training-plan';
import type { HoursBySubject, StudySource, StudySubject } from '../../../domain/rules/training-subjects';
import type { UnitLevel } from '../../../domain/rules/unit-tree';
import type { MemberSnapshot } from '../../member/snapshot';

export interface PlanDoc {
  /** `${year}_${unitId}`: one plan per unit and year. */
  _id: string;
  year: number;
  unitId: string;
  unitPath: string[];
  unitName: string;
  unitLevel: UnitLevel;
  deadline: Date;
  rows: PlanRow[];
  note: string;
  updatedBy: string;
  updatedByName: string;
  createdAt: Date;
  updatedAt: Date;
}

export const planIdOf = (year: number, unitId: string): string => `${year}_${unitId}`;

export interface LedgerEntry {
  /** `${source}:${refId}` (rules/training-subjects.ledgerKeyOf). */
  key: string;
  source: StudySource;
  refId: string;
  title: string;
  subject: StudySubject;
  hours: number;
  at: Date;
  proof: string;
}

export interface LedgerDoc {
  /** `${year}_${openid}`. */
  _id: string;
  year: number;
  openid: string;
  /** Snapshot of the member at the latest credit: exports need no members read, rollups find it by path. */
  name: string;
  unitId: string;
  unitPath: string[];
  /** Every entry's key: the condition that makes a credit happen at most once. */
  keys: string[];
  entries: LedgerEntry[];
  /** Totals kept by the same update that adds an entry, so they never disagree with the entries. */
  hours: HoursBySubject;
  total: number;
  createdAt: Date;
  updatedAt: Date;
  /** The latest certificate drawn, so drawing it again without new hours keeps the code. */
  certificate?: { code: string; total: number; issuedAt: Date };
}

export const ledgerIdOf = (year: number, openid: string): string => `${year}_${openid}`;

export interface LessonDoc {
  _id: string;
  title: string;
  summary: string;
  subject: StudySubject;
  hours: number;
  minSeconds: number;
  format: LessonFormat;
  blocks: NoticeBlock[];
  link: string | null;
  audienceUnits: string[];
  audienceRoles: Role[];
  status: LessonStatus;
  ownerUnitId: string;
  ownerUnitPath: string[];
  ownerUnitName: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

export interface StudyDoc {
  /** `${lessonId}_${openid}`. */
  _id: string;
  lessonId: string;
  openid: string;
  /** The latest opening: only a finish carrying it counts. */
  session: string;
  startedAt: Date;
  /** Set once, by the finish that met the minimum time: a lesson counts once, ever. */
  finishedAt: Date | null;
  opens: number;
}

export const studyIdOf = (lessonId: string, openid: string): string => `${lessonId}_${openid}`;

/** The writer is copied in when they hand it in (MemberSnapshot): the queue reads no members. */
export interface EssayDoc extends MemberSnapshot {
  _id: string;
  openid: string;
  year: number;
  title: string;
  text: string;
  subject: StudySubject;
  images: string[];
  share: boolean;
  state: EssayState;
  comment: string;
  hours: number;
  submittedAt: Date;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

export interface CertificateDoc {
  /** The verification code. */
  _id: string;
  openid: string;
  year: number;
  name: string;
  unitName: string;
  hours: HoursBySubject;
  total: number;
  completed: boolean;
  issuedAt: Date;
}
