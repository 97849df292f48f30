/**
 * Arranging quiz-admin tests: workbooks built with exceljs (the library the function parses with)
 * and uploaded into the local cloud's storage as a phone's upload would be; a small union of our
 * own (a brigade with two grassroots unions) whose figures can be worked out by hand; submissions
 * written straight into quiz_attempts as the quiz function writes them.
 */
import ExcelJS from 'exceljs';
import type { TestCloud } from '../support/cloud';
import type { AttemptDoc, QuestionDoc } from '../../server/quiz/repos/docs';
import type { PaperInput } from '../../domain/contract/quiz';
import type { Role } from '../../domain/roles';
import { insertAll } from '../../demo/db';
import { PERSONAS } from '../../demo/union';

export const DAY = 86_400_000;

/** An .xlsx with the header and rows on its first sheet. */
export async function sheetXlsx(header: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let uploads = 0;

/**
 * Puts a file into cloud storage and returns its fileID, as Taro.cloud.uploadFile would at the path
 * member.getUploadPath gives: under the uploader's own folder (only they may import it).
 */
export function upload(
  cloud: TestCloud,
  content: Buffer,
  name = 'bank.xlsx',
  owner: string = PERSONAS.organizer.openid,
): string {
  uploads += 1;
  return cloud.host.storage.put(`uploads/${owner}/questions/qa-test-${uploads}-${name}`, content, `client:${owner}`);
}

/** Reads back a workbook the function wrote (by its fileID): each sheet as rows of cell texts. */
export async function readXlsx(cloud: TestCloud, fileID: string): Promise<Record<string, string[][]>> {
  const content = cloud.host.storage.read(fileID);
  if (!content) throw new Error(`no file ${fileID}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (r) =>
      rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    out[ws.name] = rows;
  }
  return out;
}

export async function bank(cloud: TestCloud, where: Record<string, unknown> = {}): Promise<QuestionDoc[]> {
  const out: QuestionDoc[] = [];
  for (let skip = 0; ; skip += 1000) {
    const res = (await cloud.db.collection('quiz_questions').where(where).skip(skip).limit(1000).get()) as unknown as {
      data: QuestionDoc[];
    };
    out.push(...res.data);
    if (res.data.length < 1000) return out;
  }
}

/** The code an action refused with, or 'OK'. */
export async function codeOf(p: Promise<{ ok: boolean; error?: { code: string } }>): Promise<string> {
  const env = await p;
  return env.ok ? 'OK' : env.error!.code;
}

// ---------------------------------------------------------------------------------------------
// A union of our own: 测试大队 (u-tb) under the demo branch, with 测试一队 (u-tg1) and 测试二队 (u-tg2).

export const TB = 'u-tb';
export const TG1 = 'u-tg1';
export const TG2 = 'u-tg2';
export const T_ORG = 'o-t-org';
export const T_ORG1 = 'o-t-org1';

export interface TestPerson {
  openid: string;
  name: string;
  unitId: string;
  role: Role;
  status?: 'verified' | 'pending';
}

const PATHS: Record<string, string[]> = {
  [TB]: ['u-branch', TB],
  [TG1]: ['u-branch', TB, TG1],
  [TG2]: ['u-branch', TB, TG2],
};
const NAMES: Record<string, string> = {
  'u-branch': '青河油田第一分公司',
  [TB]: '测试大队',
  [TG1]: '测试一队工会',
  [TG2]: '测试二队工会',
};

export async function addTestUnits(cloud: TestCloud): Promise<void> {
  const now = new Date();
  await insertAll(cloud.db, 'units', [
    {
      _id: TB,
      code: 'QH01-09',
      name: NAMES[TB],
      parentId: 'u-branch',
      level: 2,
      path: PATHS[TB],
      retired: false,
      createdAt: now,
      updatedAt: now,
    },
    {
      _id: TG1,
      code: 'QH01-09-01',
      name: NAMES[TG1],
      parentId: TB,
      level: 3,
      path: PATHS[TG1],
      retired: false,
      createdAt: now,
      updatedAt: now,
    },
    {
      _id: TG2,
      code: 'QH01-09-02',
      name: NAMES[TG2],
      parentId: TB,
      level: 3,
      path: PATHS[TG2],
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

export async function addMembers(cloud: TestCloud, people: TestPerson[], offset = 0): Promise<void> {
  await insertAll(
    cloud.db,
    'members',
    people.map((p, i) => memberDoc(p, offset + i)),
  );
}

/** A fixed paper of `questionIds`, 25 points a judge question, open now, aimed at `unitId`. */
export function fixedPaper(questionIds: string[], unitId: string, over: Partial<PaperInput> = {}): PaperInput {
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
export function submitted(s: Submission): AttemptDoc {
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
