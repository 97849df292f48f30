/**
 * Arranging quiz-admin tests: a small union of our own (a brigade with two grassroots unions) whose
 * figures can be worked out by hand, and submissions written straight into quiz_attempts as the quiz
 * function writes them, among them the results suites' paper. Question-import helpers are in
 * support-import.ts; workbooks and uploads are tests/support's (workbook.ts, cloud.ts).
 */
import type { TestCloud } from '../support/cloud';
import { DAY } from '../support/time';
import type { AttemptDoc } from '../../server/quiz/repos/docs';
import type { PaperInput } from '../../domain/contract/quiz';
import type { Role } from '../../domain/roles';
import { insertAll } from '../../demo/db';
import { storedQuestions } from '../quiz/support';

// ---------------------------------------------------------------------------------------------
// A union of our own: 测试大队 (u-tb) under the demo branch, with 测试一队 (u-tg1) and 测试二队 (u-tg2).

export const TEST_BRIGADE = 'u-tb';
export const TEST_GRASS_1 = 'u-tg1';
export const TEST_GRASS_2 = 'u-tg2';
export const TEST_BRIGADE_ORGANIZER = 'o-t-org';
export const TEST_GRASS_1_ORGANIZER = 'o-t-org1';

export interface TestPerson {
  openid: string;
  name: string;
  unitId: string;
  role: Role;
  status?: 'verified' | 'pending';
}

const PATHS: Record<string, string[]> = {
  [TEST_BRIGADE]: ['u-branch', TEST_BRIGADE],
  [TEST_GRASS_1]: ['u-branch', TEST_BRIGADE, TEST_GRASS_1],
  [TEST_GRASS_2]: ['u-branch', TEST_BRIGADE, TEST_GRASS_2],
};
const NAMES: Record<string, string> = {
  'u-branch': '青河油田第一分公司',
  [TEST_BRIGADE]: '测试大队',
  [TEST_GRASS_1]: '测试一队工会',
  [TEST_GRASS_2]: '测试二队工会',
};

export async function insertTestUnits(cloud: TestCloud): Promise<void> {
  const now = new Date();
  await insertAll(cloud.db, 'units', [
    {
      _id: TEST_BRIGADE,
      code: 'QH01-09',
      name: NAMES[TEST_BRIGADE],
      parentId: 'u-branch',
      level: 2,
      path: PATHS[TEST_BRIGADE],
      retired: false,
      createdAt: now,
      updatedAt: now,
    },
    {
      _id: TEST_GRASS_1,
      code: 'QH01-09-01',
      name: NAMES[TEST_GRASS_1],
      parentId: TEST_BRIGADE,
      level: 3,
      path: PATHS[TEST_GRASS_1],
      retired: false,
      createdAt: now,
      updatedAt: now,
    },
    {
      _id: TEST_GRASS_2,
      code: 'QH01-09-02',
      name: NAMES[TEST_GRASS_2],
      parentId: TEST_BRIGADE,
      level: 3,
      path: PATHS[TEST_GRASS_2],
      retired: false,
      createdAt: now,
      updatedAt: now,
    },
  ]);
}

export const memberDoc = (p: TestPerson, i: number) => ({
  _id: p.openid,
  name: p.name,
  employeeNo: `T${String(100000 + i)}`,
  phone: `138${String(10000000 + i).slice(-8)}`,
  unitId: p.unitId,
  unitPath: PATHS[p.unitId],
  unitNames: PATHS[p.unitId].map((id) => NAMES[id]),
  role: p.role,
  status: p.status ?? 'verified',
  rosterMatched: true,
  largeText: false,
  createdAt: new Date(),
  updatedAt: new Date(),
});

export async function insertMembers(cloud: TestCloud, people: TestPerson[], offset = 0): Promise<void> {
  await insertAll(
    cloud.db,
    'members',
    people.map((p, i) => memberDoc(p, offset + i)),
  );
}

/** A fixed paper of `questionIds`, 25 points a judge question, open now, aimed at `unitId`. */
export function fixedPaperInput(questionIds: string[], unitId: string, over: Partial<PaperInput> = {}): PaperInput {
  const now = Date.now();
  return {
    title: '结果统计测试卷',
    audienceUnits: [unitId],
    draw: { mode: 'fixed', questionIds },
    shuffleQuestions: false,
    shuffleOptions: false,
    points: { single: 25, multiple: 25, judge: 25 },
    passScore: 60,
    timeLimitMinutes: 30,
    opensAt: now - DAY,
    closesAt: now + 7 * DAY,
    maxAttemptsTotal: null,
    maxAttemptsPerDay: null,
    counts: 'best',
    ...over,
  };
}

export interface Submission {
  paperId: string;
  person: TestPerson;
  n: number;
  score: number;
  passScore?: number;
  usedSeconds: number;
  submittedAt: Date;
  /** The paper's questions, in order. */
  qids: string[];
  wrong: string[];
}

/** A submitted attempt as the quiz function stores it (trimmed to what statistics read). */
export function attemptDoc(s: Submission): AttemptDoc {
  const startedAt = new Date(s.submittedAt.getTime() - s.usedSeconds * 1000);
  return {
    _id: `${s.paperId}_${s.person.openid}_${s.n}`,
    paperId: s.paperId,
    openid: s.person.openid,
    n: s.n,
    memberName: s.person.name,
    employeeNo: `E-${s.person.openid}`,
    unitId: s.person.unitId,
    unitPath: PATHS[s.person.unitId] ?? ['u-branch', s.person.unitId],
    day: startedAt.toISOString().slice(0, 10),
    paper: {
      title: '结果统计测试卷',
      passScore: s.passScore ?? 60,
      maxScore: 100,
      partialCredit: false,
      counts: 'best',
    },
    status: 'submitted',
    startedAt,
    deadline: new Date(startedAt.getTime() + 30 * 60_000),
    acceptUntil: new Date(startedAt.getTime() + 30 * 60_000 + 30_000),
    questions: s.qids.map((qid) => ({
      qid,
      type: 'judge',
      stem: qid,
      options: ['正确', '错误'],
      tokens: ['aaaaaa', 'bbbbbb'],
      correct: ['aaaaaa'],
      points: 25,
    })),
    answers: {},
    flagged: {},
    rev: 1,
    savedAt: null,
    submittedAt: s.submittedAt,
    markedAt: s.submittedAt,
    autoSubmitted: false,
    score: s.score,
    passed: s.score >= (s.passScore ?? 60),
    correctCount: s.qids.length - s.wrong.length,
    usedSeconds: s.usedSeconds,
    earned: s.qids.map((q) => (s.wrong.includes(q) ? 0 : 25)),
    wrongQids: s.wrong,
    folded: true,
  };
}

// ---------------------------------------------------------------------------------------------
// The results suites' paper (results*.test.ts): our union's people and seven submissions, small
// enough to work out by hand.

const m = (n: number, unitId: string, role: TestPerson['role'] = 'worker', status?: 'pending'): TestPerson => ({
  openid: `o-t-m${n}`,
  name: `测试${'甲乙丙丁戊己庚辛壬癸'[n]}明`,
  unitId,
  role,
  status,
});
const ORG: TestPerson = { openid: TEST_BRIGADE_ORGANIZER, name: '测大队长', unitId: TEST_BRIGADE, role: 'organizer' };
const ORG1: TestPerson = { openid: TEST_GRASS_1_ORGANIZER, name: '测一队长', unitId: TEST_GRASS_1, role: 'organizer' };
export const M1 = m(1, TEST_GRASS_1);
export const M2 = m(2, TEST_GRASS_1);
export const M3 = m(3, TEST_GRASS_1);
export const M4 = m(4, TEST_GRASS_1);
export const M5 = m(5, TEST_GRASS_2);
export const M6 = m(6, TEST_GRASS_2);
export const M7 = m(7, TEST_GRASS_2);
export const M8 = m(8, TEST_GRASS_2, 'cadre');
const PENDING = m(9, TEST_GRASS_2, 'worker', 'pending');

const t0 = Date.now() - 3600_000;
/** When a submission was handed in: `minutes` into the hour before the suite started. */
export const handedInAt = (minutes: number) => new Date(t0 + minutes * 60_000);

/**
 * Our union with its people (a pending registrant among them), a fixed paper of the branch bank's
 * first four judge questions for 测试大队, saved with a certificate and published by its organizer, and the
 * submissions as the quiz function stores them: M1 twice (50, then 100), M2 and M3 75, M5 25, M6 100,
 * M8 50; M4 and M7 did not take it. Returns the paper's id and its questions in order.
 */
export async function publishResultsPaper(cloud: TestCloud): Promise<{ paperId: string; questionIds: string[] }> {
  const Q = (await storedQuestions(cloud, { type: 'judge', ownerUnitId: 'u-branch' })).slice(0, 4).map((q) => q._id);
  await insertTestUnits(cloud);
  await insertMembers(cloud, [ORG, ORG1, M1, M2, M3, M4, M5, M6, M7, M8, PENDING]);
  const draft = await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'savePaper', {
    paper: fixedPaperInput(Q, TEST_BRIGADE),
    withCertificate: true,
  });
  const paperId = draft.id;
  await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'publishPaper', { paperId });
  const [q1, q2, q3, q4] = Q;
  const s = (person: TestPerson, n: number, score: number, usedSeconds: number, minute: number, wrong: string[]) =>
    attemptDoc({ paperId, person, n, score, usedSeconds, submittedAt: handedInAt(minute), qids: Q, wrong });
  await insertAll(cloud.db, 'quiz_attempts', [
    s(M1, 1, 50, 600, 1, [q1, q2]),
    s(M1, 2, 100, 300, 20, []),
    s(M2, 1, 75, 200, 5, [q1]),
    s(M3, 1, 75, 100, 6, [q3]),
    s(M5, 1, 25, 400, 7, [q1, q2, q3]),
    s(M6, 1, 100, 300, 8, []),
    s(M8, 1, 50, 250, 9, [q1, q4]),
  ]);
  return { paperId, questionIds: Q };
}
