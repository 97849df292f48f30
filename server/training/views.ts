/** Training documents → the shapes the contract returns (epoch ms, no server-only fields). */
import type {
  EssayView,
  LedgerEntryView,
  LessonBasics,
  LessonCard,
  LessonView,
} from '../../domain/contract/training-model';
import type { ManagedLesson } from '../../domain/contract/training-admin-model';
import type { NoticeBlockView } from '../../domain/contract/notice';
import { ms, msOrNull } from '../lib/time';
import type { EssayDoc, LedgerEntry, LessonDoc } from './repos/docs';

export const entryView = (e: LedgerEntry): LedgerEntryView => ({
  source: e.source,
  title: e.title,
  subject: e.subject,
  hours: e.hours,
  at: ms(e.at),
  proof: e.proof,
});

const lessonBasics = (l: LessonDoc): LessonBasics => ({
  id: l._id,
  title: l.title,
  subject: l.subject,
  hours: l.hours,
  minSeconds: l.minSeconds,
  format: l.format,
});

export const lessonCard = (l: LessonDoc): LessonCard => ({ ...lessonBasics(l), summary: l.summary });

export const lessonView = (l: LessonDoc, blocks: NoticeBlockView[], creditedAt: number | null): LessonView => ({
  ...lessonCard(l),
  blocks,
  link: l.link,
  ownerUnitName: l.ownerUnitName,
  publishedAt: msOrNull(l.publishedAt) ?? 0,
  creditedAt,
});

export const managedLesson = (l: LessonDoc): ManagedLesson => ({
  ...lessonBasics(l),
  status: l.status,
  ownerUnitName: l.ownerUnitName,
  updatedAt: ms(l.updatedAt),
  publishedAt: msOrNull(l.publishedAt),
});

export const essayView = (e: EssayDoc, urls: Map<string, string>): EssayView => ({
  id: e._id,
  title: e.title,
  text: e.text,
  subject: e.subject,
  images: e.images.flatMap((fileID) => {
    const url = urls.get(fileID);
    return url ? [{ fileID, url }] : [];
  }),
  share: e.share,
  state: e.state,
  comment: e.comment,
  hours: e.hours,
  submittedAt: ms(e.submittedAt),
  reviewedAt: msOrNull(e.reviewedAt),
});

/** What every list of other people's 心得 shows of one: what it says, whose it is, from where. */
export const essayCard = (e: EssayDoc) => ({
  id: e._id,
  title: e.title,
  text: e.text,
  subject: e.subject,
  authorName: e.name,
  unitName: e.unitName,
});
