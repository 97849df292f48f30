/**
 * Arranging quiz tests: papers set up through savePaper + publishPaper (as the admin), the stored attempt (its key)
 * read straight from the database, answers chosen right or wrong on purpose.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import { ADMIN } from '../support/personas';
import { MINUTE } from '../support/time';
import type { LiveAttempt, PaperInput, PracticeQuestion } from '../../domain/contract/quiz';
import type { AdminPaper } from '../../domain/contract/quiz-admin';
import type { Envelope } from '../../domain/contract/envelope';
import { DEMO_PAPER_OPEN } from '../../demo/seed-quiz';
import type { AttemptDoc, QuestionDoc } from '../../server/quiz/repos/docs';

/**
 * A paper open now for the whole union: override what the test is about. 学习型 by default, so the
 * many papers a suite creates do not lock one another's questions (every test paper draws from the
 * same starter bank); the exam-lock suite asks for 'exam' itself.
 */
export function paperInput(overrides: Partial<PaperInput> = {}): PaperInput {
  const now = Date.now();
  return {
    title: '测试试卷',
    purpose: 'study',
    audienceUnits: ['u-branch'],
    draw: {
      mode: 'random',
      quotas: [
        { category: '法律法规', type: 'single', count: 3 },
        { category: '法律法规', type: 'multiple', count: 2 },
        { category: '法律法规', type: 'judge', count: 2 },
      ],
    },
    points: { single: 10, multiple: 20, judge: 5 },
    passScore: 60,
    timeLimitMinutes: 10,
    opensAt: now - MINUTE,
    closesAt: now + 24 * 60 * MINUTE,
    maxAttemptsTotal: null,
    maxAttemptsPerDay: null,
    counts: 'best',
    ...overrides,
  };
}

/** Sets up and publishes a paper as an organizer does: save the draft, then publish it. */
export async function tryPublishPaper(
  cloud: TestCloud,
  openid: string,
  paper: PaperInput,
): Promise<Envelope<AdminPaper>> {
  const draft = await cloud.call(openid, 'quizAdmin', 'savePaper', { paper });
  if (!draft.ok) return draft;
  return cloud.call(openid, 'quizAdmin', 'publishPaper', { paperId: draft.data.id });
}

export async function publishPaper(cloud: TestCloud, overrides: Partial<PaperInput> = {}): Promise<string> {
  const res = await tryPublishPaper(cloud, ADMIN, paperInput(overrides));
  if (!res.ok) throw new Error(`setting up the paper failed: ${res.error.code} ${res.error.message}`);
  return res.data.id;
}

/**
 * Ends the demo's open exam, whose pool covers the whole starter bank: while it is open the exam
 * lock keeps every starter question's key out of practice, the book and results (exam-lock.ts).
 * Suites about what a member sees after an exam call this first.
 */
export async function closeDemoExam(cloud: TestCloud): Promise<void> {
  await cloud.ok(ADMIN, 'quizAdmin', 'closePaper', { paperId: DEMO_PAPER_OPEN });
}

/** The seeded local cloud with the demo exam closed (closeDemoExam), for the suites of a member's side. */
export async function startCloudAfterExam(): Promise<TestCloud> {
  const cloud = await startTestCloud({ seed: true });
  await closeDemoExam(cloud);
  return cloud;
}

/** The demo union's verified members (o-demo-…), as stored. */
export const storedDemoMembers = (cloud: TestCloud) =>
  cloud
    .dump<{ _id: string; status: string; role: string }>('members')
    .filter((m) => m.status === 'verified' && m._id.startsWith('o-demo-'));

export async function storedAttempt(cloud: TestCloud, attemptId: string): Promise<AttemptDoc> {
  const res = (await cloud.db.collection('quiz_attempts').doc(attemptId).get()) as unknown as { data: AttemptDoc };
  return res.data;
}

/** The bank's questions as stored (every page of them), those matching `where`. */
export async function storedQuestions(cloud: TestCloud, where: Record<string, unknown> = {}): Promise<QuestionDoc[]> {
  const out: QuestionDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const res = (await cloud.db.collection('quiz_questions').where(where).skip(skip).limit(1000).get()) as unknown as {
      data: QuestionDoc[];
    };
    out.push(...res.data);
    if (res.data.length < 1000) return out;
  }
}

/** The right tokens for every question of an attempt (read from the server's copy, as only a test can). */
export async function storedKey(cloud: TestCloud, attemptId: string): Promise<string[][]> {
  return (await storedAttempt(cloud, attemptId)).questions.map((q) => q.correct);
}

/** A wrong choice for a question: its first option that is not in the key. */
export function wrongChoice(live: LiveAttempt, index: number, key: string[]): string[] {
  const other = live.questions[index].options.find((o) => !key.includes(o.token));
  if (!other) throw new Error('question has no wrong option');
  return [other.token];
}

export async function answerAll(
  cloud: TestCloud,
  openid: string,
  live: LiveAttempt,
  choose: (i: number) => string[],
): Promise<void> {
  for (const q of live.questions) {
    await cloud.ok(openid, 'quiz', 'saveAnswer', {
      attemptId: live.attemptId,
      index: q.index,
      tokens: choose(q.index),
    });
  }
}

/** Sits a paper getting the questions at `wrong` indexes wrong (unanswered when `skip`). */
export async function sitPaper(
  cloud: TestCloud,
  openid: string,
  paperId: string,
  wrong: number[],
  skip: number[] = [],
): Promise<{ live: LiveAttempt; key: string[][] }> {
  const live = await cloud.ok(openid, 'quiz', 'start', { paperId });
  const key = await storedKey(cloud, live.attemptId);
  const answered = live.questions.filter((q) => !skip.includes(q.index));
  for (const q of answered) {
    const tokens = wrong.includes(q.index) ? wrongChoice(live, q.index, key[q.index]) : key[q.index];
    await cloud.ok(openid, 'quiz', 'saveAnswer', { attemptId: live.attemptId, index: q.index, tokens });
  }
  await cloud.ok(openid, 'quiz', 'submit', { attemptId: live.attemptId });
  return { live, key };
}

/** Answers the practice question right or wrong, using the server's copy of its key. */
export async function answerPractice(cloud: TestCloud, openid: string, q: PracticeQuestion, right: boolean) {
  const learner = cloud
    .dump<{ _id: string; practice: { correct: string[] } }>('quiz_learners')
    .find((l) => l._id === openid)!;
  const key = learner.practice.correct;
  const tokens = right ? key : [q.options.find((o) => !key.includes(o.token))!.token];
  return cloud.ok(openid, 'quiz', 'answerPractice', { practiceId: q.practiceId, tokens });
}
