import { zPaperInput, type PaperInput } from '../domain/contract/quiz';
import { buildPaperDoc, poolEntry, poolFor, shortfallsOf } from '../server/quiz/paper-doc';
import type { QuestionDoc } from '../server/quiz/repos/docs';
import { insertAll, type SeedDb } from './db';
import { starterQuestions } from './questions';
import { PERSONAS } from './union';
import { DAY } from './days';

/** Fixed ids so tests, the browser test and the benchmark can name them. */
export const DEMO_PAPER_OPEN = 'p-demo-open';
export const DEMO_PAPER_UPCOMING = 'p-demo-upcoming';

export const demoQuestionId = (i: number): string => `q-${String(i + 1).padStart(4, '0')}`;

/** The starter bank as the branch company's bank, shared with the whole union. */
export function demoQuestions(now: Date): QuestionDoc[] {
  return starterQuestions.map((q, i) => ({
    _id: demoQuestionId(i),
    ...q,
    ownerUnitId: 'u-branch',
    status: 'active',
    createdBy: PERSONAS.admin.openid,
    createdAt: now,
    updatedAt: now,
  }));
}

/** The two demo papers, set up as an organizer at the branch would: one open now, one next week. */
export function demoPaperInputs(now: Date): { id: string; input: PaperInput }[] {
  const t = now.getTime();
  return [
    {
      id: DEMO_PAPER_OPEN,
      input: {
        title: '工会法律法规与业务知识测试',
        description: '覆盖工会法、劳动法、劳动合同法、安全生产法等常用法律法规和工会日常业务，每人随机抽题。',
        audienceUnits: ['u-branch'],
        draw: {
          mode: 'random',
          quotas: [
            { category: '法律法规', type: 'single', count: 6 },
            { category: '法律法规', type: 'multiple', count: 3 },
            { category: '法律法规', type: 'judge', count: 3 },
            { category: '日常业务', type: 'single', count: 3 },
            { category: '日常业务', type: 'multiple', count: 1 },
            { category: '日常业务', type: 'judge', count: 1 },
            { category: '政策理论', type: 'single', count: 1 },
            { category: '政策理论', type: 'judge', count: 1 },
            { category: '心理疏导', type: 'single', count: 1 },
          ],
        },
        points: { single: 5, multiple: 5, judge: 5 },
        passScore: 60,
        timeLimitMinutes: 30,
        opensAt: t - DAY,
        closesAt: t + 30 * DAY,
        maxAttemptsTotal: 3,
        maxAttemptsPerDay: 2,
        counts: 'best',
      },
    },
    {
      id: DEMO_PAPER_UPCOMING,
      input: {
        title: '心理疏导与日常业务专项练兵',
        description: '工会干部专项练兵：心理疏导与工会日常业务。多选题少选按比例得分，以最后一次成绩为准。',
        audienceUnits: ['u-branch'],
        draw: {
          mode: 'random',
          quotas: [
            { category: '心理疏导', type: 'single', count: 5 },
            { category: '心理疏导', type: 'multiple', count: 3 },
            { category: '心理疏导', type: 'judge', count: 2 },
            { category: '日常业务', type: 'single', count: 5 },
            { category: '日常业务', type: 'multiple', count: 3 },
            { category: '日常业务', type: 'judge', count: 2 },
          ],
        },
        points: { single: 5, multiple: 5, judge: 5 },
        partialCredit: true,
        passScore: 70,
        timeLimitMinutes: 20,
        opensAt: t + 7 * DAY,
        closesAt: t + 21 * DAY,
        maxAttemptsTotal: null,
        maxAttemptsPerDay: 1,
        counts: 'last',
        // A drill: its questions may be practised while it is open (the open paper is an exam).
        purpose: 'study',
      },
    },
  ];
}

/** The starter question bank and the two demo papers (after members: papers aim at units). */
export async function seedQuiz(db: SeedDb, now: Date): Promise<void> {
  const questions = demoQuestions(now);
  await insertAll(db, 'quiz_questions', questions);
  const candidates = questions.map(poolEntry);
  const papers = demoPaperInputs(now).map(({ id, input }) => {
    const setup = zPaperInput.parse(input);
    const { pool } = poolFor(setup, candidates);
    const short = shortfallsOf(setup, pool);
    if (short.length) throw new Error(`demo paper ${id}: the starter bank cannot fill ${JSON.stringify(short)}`);
    return buildPaperDoc(setup, pool, { id, ownerUnitId: 'u-branch', createdBy: PERSONAS.admin.openid, now });
  });
  await insertAll(db, 'quiz_papers', papers);
}
