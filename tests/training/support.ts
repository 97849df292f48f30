/**
 * Arranging training tests: lessons and plans made through the organizers' actions, a lesson read
 * start to finish with the clock moved past its minimum time, a quiz paper with hours passed with
 * the key read from the server's copy, and the member's ledger as the server stored it.
 */
import type { LessonDraft } from '../../domain/contract/training-admin';
import type { PlanRow } from '../../domain/rules/training-plan';
import { zeroHours, type HoursBySubject } from '../../domain/rules/training-subjects';
import type { LedgerDoc } from '../../server/training/repos/docs';
import { setClock, type TestCloud } from '../support/cloud';
import { THIS_YEAR } from '../support/time';
import { paperInput, storedKey } from '../quiz/support';

export const hours = (h: Partial<HoursBySubject>): HoursBySubject => ({ ...zeroHours(), ...h });

export const planRow = (role: PlanRow['role'], level: PlanRow['level'], h: Partial<HoursBySubject>): PlanRow => ({
  role,
  level,
  hours: hours(h),
});

export function lessonInput(over: Partial<LessonDraft> = {}): LessonDraft {
  return {
    title: '工会法第六条学习',
    summary: '维护职工合法权益是工会的基本职责',
    credit: { subject: 'law', hours: 1 },
    minSeconds: 60,
    format: 'text',
    blocks: [
      { type: 'p', text: '《中华人民共和国工会法》第六条：维护职工合法权益、竭诚服务职工群众是工会的基本职责。' },
    ],
    audienceUnits: ['u-branch'],
    audienceRoles: [],
    ...over,
  };
}

/** Creates and publishes a lesson as `openid`; returns its id. */
export async function publishLesson(
  cloud: TestCloud,
  openid: string,
  over: Partial<LessonDraft> = {},
): Promise<string> {
  const saved = await cloud.ok(openid, 'trainingAdmin', 'saveLesson', { lesson: lessonInput(over) });
  await cloud.ok(openid, 'trainingAdmin', 'setLessonStatus', { lessonId: saved.id, status: 'published' });
  return saved.id;
}

/** Opens a lesson, moves the functions' clock past its minimum time, finishes it. */
export async function readLesson(cloud: TestCloud, openid: string, lessonId: string, seconds = 61) {
  const started = await cloud.ok(openid, 'training', 'startLesson', { lessonId });
  setClock(started.startedAt + seconds * 1000);
  try {
    return await cloud.ok(openid, 'training', 'finishLesson', { lessonId, session: started.session });
  } finally {
    jest.useRealTimers();
  }
}

export function storedLedger(cloud: TestCloud, openid: string, year = THIS_YEAR): LedgerDoc | undefined {
  return cloud.dump<LedgerDoc>('training_ledgers').find((l) => l._id === `${year}_${openid}`);
}

/** This year's ledger entries of one member for one source (`lesson:<id>`, `meeting:<id>`, ...). */
export const storedEntries = (cloud: TestCloud, openid: string, key: string) =>
  (storedLedger(cloud, openid)?.entries ?? []).filter((e) => e.key === key);

/** This year's total hours of one member, as the ledger holds them. */
export const storedTotal = (cloud: TestCloud, openid: string) => storedLedger(cloud, openid)?.total ?? 0;

/** A paper with study hours, open now for the whole union, created and published by `admin`. */
export async function publishPaperWithHours(
  cloud: TestCloud,
  admin: string,
  credit = { subject: 'law' as const, hours: 2 },
): Promise<string> {
  const saved = await cloud.ok(admin, 'quizAdmin', 'savePaper', {
    paper: paperInput({ title: '法律法规学时考试', maxAttemptsTotal: null }),
    studyHours: credit,
  });
  await cloud.ok(admin, 'quizAdmin', 'publishPaper', { paperId: saved.id });
  return saved.id;
}

/** Takes the paper as `openid` and answers every question right (pass) or wrong (fail). */
export async function takePaper(cloud: TestCloud, openid: string, paperId: string, pass: boolean) {
  const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
  const key = await storedKey(cloud, live.attemptId);
  const answers = live.questions.map((q) => {
    const wrong = q.options.find((o) => !key[q.index].includes(o.token))!.token;
    return { index: q.index, tokens: pass ? key[q.index] : [wrong] };
  });
  const result = await cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId, answers });
  return { attemptId: live.attemptId, result };
}
