/** Data access for surveys and their answer sheets. */
import type { Audience } from '../../../domain/rules/audience';
import type { SurveyAnswer, SurveyQuestion } from '../../../domain/rules/voice-survey';
import type { SurveyStatus } from '../../../domain/contract/voice-survey-model';
import { collection, command } from '../../lib/collection';
import { addOnce } from '../../lib/db-errors';
import { row, rows, totalOf, updatedOf } from '../../lib/results';
import type { MemberDoc } from '../../member/repos/members';

export interface SurveyDoc extends Audience {
  _id: string;
  title: string;
  intro: string;
  anonymous: boolean;
  questions: SurveyQuestion[];
  status: SurveyStatus;
  closesAt: Date;
  publishedAt: Date | null;
  ownerUnitId: string;
  ownerUnitPath: string[];
  ownerUnitName: string;
  authorName: string;
  answers: number;
  /** Telling the audience a survey opened: pending until every member is done (cursor = last member id). */
  notifyState: 'none' | 'pending' | 'done';
  notifyCursor: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One member's sheet. `_id` is `${surveyId}_${keyed hash}`; `name` only on named surveys. */
export interface AnswerDoc {
  _id: string;
  surveyId: string;
  unitId: string;
  unitPath: string[];
  role: string;
  answers: SurveyAnswer[];
  name?: string;
  /** Named surveys only. */
  answeredAt?: Date;
}

const surveys = () => collection('surveys');
const answers = () => collection('survey_answers');

function openWhere(m: Pick<MemberDoc, 'unitPath' | 'role'>, now: Date) {
  const _ = command();
  return { audienceUnits: _.in(m.unitPath), audienceRoles: m.role, status: 'published', closesAt: _.gt(now) };
}

export async function listOpenFor(m: MemberDoc, now: Date, limit: number): Promise<SurveyDoc[]> {
  return rows<SurveyDoc>(await surveys().where(openWhere(m, now)).orderBy('closesAt', 'asc').limit(limit).get());
}

/** A survey aimed at the member (published or closed: they may look back at one they answered). */
export async function findAimedAt(id: string, m: MemberDoc): Promise<SurveyDoc | null> {
  const _ = command();
  const where = {
    _id: id,
    audienceUnits: _.in(m.unitPath),
    audienceRoles: m.role,
    status: _.in(['published', 'closed']),
  };
  return rows<SurveyDoc>(await surveys().where(where).limit(1).get())[0] ?? null;
}

export async function findSurvey(id: string): Promise<SurveyDoc | null> {
  return row<SurveyDoc>(await surveys().doc(id).get());
}

export async function listOwned(
  root: string | null,
  skip: number,
  limit: number,
): Promise<{ items: SurveyDoc[]; total: number }> {
  const where = root ? { ownerUnitPath: root } : {};
  const [list, count] = await Promise.all([
    surveys().where(where).orderBy('updatedAt', 'desc').skip(skip).limit(limit).field({ questions: false }).get(),
    surveys().where(where).count(),
  ]);
  return { items: rows<SurveyDoc>(list), total: totalOf(count) };
}

export async function insertSurvey(doc: SurveyDoc): Promise<void> {
  await surveys().add({ data: doc });
}

/** Changes a survey only while it is in `status` (a draft edited, a published one closed...). */
export async function updateIfStatus(
  id: string,
  status: SurveyStatus,
  data: Record<string, unknown>,
): Promise<boolean> {
  return updatedOf(await surveys().where({ _id: id, status }).update({ data })) === 1;
}

export async function updateSurvey(id: string, data: Record<string, unknown>): Promise<void> {
  await surveys().doc(id).update({ data });
}

export async function listNotifying(limit: number): Promise<SurveyDoc[]> {
  return rows<SurveyDoc>(
    await surveys().where({ notifyState: 'pending' }).limit(limit).field({ questions: false }).get(),
  );
}

/** False when the member has answered already (the id is theirs alone). */
export async function addAnswer(doc: AnswerDoc): Promise<boolean> {
  return addOnce(() => answers().add({ data: doc }));
}

export async function answeredAmong(ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = rows<{ _id: string }>(
    await answers()
      .where({ _id: command().in(ids) })
      .limit(ids.length)
      .field({ _id: true })
      .get(),
  );
  return new Set(found.map((a) => a._id));
}

/** Every sheet of a survey, 1000 a request. */
export async function allAnswers(surveyId: string, max = 10_000): Promise<AnswerDoc[]> {
  const out: AnswerDoc[] = [];
  for (let skip = 0; skip < max; skip += 1000) {
    const page = rows<AnswerDoc>(
      await answers().where({ surveyId }).orderBy('_id', 'asc').skip(skip).limit(1000).get(),
    );
    out.push(...page);
    if (page.length < 1000) break;
  }
  return out;
}
