/**
 * A paper's results on a set of submissions small enough to work out by hand: participation by unit
 * rolled up the tree, averages and pass rates, the distribution, the hardest questions, the ranking
 * (score, then time), the export; what each organizer sees; the members' leaderboard and certificates.
 */
import { startTestCloud, type TestCloud } from '../support/cloud';
import { PERSONAS, DEMO_UNION_NAME } from '../../demo/union';
import { UNION_NAME } from '../../domain/union';
import { insertAll } from '../../demo/db';
import type { PaperResults } from '../../domain/contract/quiz-admin';
import {
  TEST_BRIGADE,
  TEST_GRASS_1,
  TEST_GRASS_2,
  TEST_BRIGADE_ORGANIZER,
  TEST_GRASS_1_ORGANIZER,
  insertMembers,
  insertTestUnits,
  fixedPaperInput,
  attemptDoc,
  type TestPerson,
} from './support';
import { storedQuestions } from '../quiz/support';
import { codeOf } from '../support/outcome';
import { readWorkbook } from '../support/workbook';

let cloud: TestCloud;
let paperId: string;
let Q: string[];

const m = (n: number, unitId: string, role: TestPerson['role'] = 'worker', status?: 'pending'): TestPerson => ({
  openid: `o-t-m${n}`,
  name: `测试${'甲乙丙丁戊己庚辛壬癸'[n]}明`,
  unitId,
  role,
  status,
});
const ORG: TestPerson = { openid: TEST_BRIGADE_ORGANIZER, name: '测大队长', unitId: TEST_BRIGADE, role: 'organizer' };
const ORG1: TestPerson = { openid: TEST_GRASS_1_ORGANIZER, name: '测一队长', unitId: TEST_GRASS_1, role: 'organizer' };
const M1 = m(1, TEST_GRASS_1);
const M2 = m(2, TEST_GRASS_1);
const M3 = m(3, TEST_GRASS_1);
const M4 = m(4, TEST_GRASS_1);
const M5 = m(5, TEST_GRASS_2);
const M6 = m(6, TEST_GRASS_2);
const M7 = m(7, TEST_GRASS_2);
const M8 = m(8, TEST_GRASS_2, 'cadre');
const PENDING = m(9, TEST_GRASS_2, 'worker', 'pending');

const t0 = Date.now() - 3600_000;
const at = (minutes: number) => new Date(t0 + minutes * 60_000);

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
  await insertTestUnits(cloud);
  await insertMembers(cloud, [ORG, ORG1, M1, M2, M3, M4, M5, M6, M7, M8, PENDING]);
  Q = (await storedQuestions(cloud, { type: 'judge', ownerUnitId: 'u-branch' })).slice(0, 4).map((q) => q._id);
  const draft = await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'savePaper', {
    paper: fixedPaperInput(Q, TEST_BRIGADE),
    withCertificate: true,
  });
  paperId = draft.id;
  await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'publishPaper', { paperId });
  const [q1, q2, q3, q4] = Q;
  const s = (person: TestPerson, n: number, score: number, usedSeconds: number, minute: number, wrong: string[]) =>
    attemptDoc({ paperId, person, n, score, usedSeconds, submittedAt: at(minute), qids: Q, wrong });
  await insertAll(cloud.db, 'quiz_attempts', [
    s(M1, 1, 50, 600, 1, [q1, q2]),
    s(M1, 2, 100, 300, 20, []),
    s(M2, 1, 75, 200, 5, [q1]),
    s(M3, 1, 75, 100, 6, [q3]),
    s(M5, 1, 25, 400, 7, [q1, q2, q3]),
    s(M6, 1, 100, 300, 8, []),
    s(M8, 1, 50, 250, 9, [q1, q4]),
  ] as unknown as Record<string, unknown>[]);
});

afterAll(async () => {
  await cloud.close();
});

describe('the brigade organizer’s view (their whole audience)', () => {
  let r: PaperResults;
  beforeAll(async () => {
    r = await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'getPaperResults', { paperId });
  });

  it('participation, averages and pass rates by unit, rolled up the tree', () => {
    // Aimed: 测试大队 itself 1 (the organizer), 一队 5 (4 workers + its organizer), 二队 4 (the pending registrant is not a member yet).
    expect(r.units).toEqual([
      {
        unitId: TEST_BRIGADE,
        name: '测试大队',
        level: 2,
        depth: 0,
        aimed: 10,
        taken: 6,
        passed: 4,
        participation: 60,
        average: 70.8,
        passRate: 66.7,
      },
      {
        unitId: TEST_GRASS_1,
        name: '测试一队工会',
        level: 3,
        depth: 1,
        aimed: 5,
        taken: 3,
        passed: 3,
        participation: 60,
        average: 83.3,
        passRate: 100,
      },
      {
        unitId: TEST_GRASS_2,
        name: '测试二队工会',
        level: 3,
        depth: 1,
        aimed: 4,
        taken: 3,
        passed: 1,
        participation: 75,
        average: 58.3,
        passRate: 33.3,
      },
    ]);
    expect(r.summary).toEqual({
      aimed: 10,
      taken: 6,
      passed: 4,
      participation: 60,
      average: 70.8,
      passRate: 66.7,
      highest: 100,
      lowest: 25,
    });
    expect(r.scope).toEqual(['测试大队']);
  });

  it('the distribution of counted scores (best attempt) in ten bands', () => {
    expect(r.distribution.map((b) => b.count)).toEqual([0, 0, 1, 0, 0, 1, 0, 2, 0, 2]);
    expect(r.distribution[9]).toEqual({ from: 90, to: 100, count: 2 });
  });

  it('the hardest questions: lowest correct rate over every submitted attempt', () => {
    const [q1, q2, q3, q4] = Q;
    expect(r.hardest.map((h) => [h.questionId, h.answered, h.correct, h.correctRate])).toEqual([
      [q1, 7, 3, 42.9],
      ...[
        [q2, 7, 5, 71.4],
        [q3, 7, 5, 71.4],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      [q4, 7, 6, 85.7],
    ]);
    expect(r.hardest[0].stem.length).toBeGreaterThan(5);
    expect(r.hardest[0].type).toBe('judge');
  });

  it('ranks members by score, then time used; the same score in the same time shares a place', () => {
    expect(r.ranking.total).toBe(6);
    expect(r.ranking.items.map((x) => [x.rank, x.name, x.score, x.usedSeconds, x.attempts, x.passed])).toEqual([
      // Same score, same time: the earlier hand-in is listed first.
      [1, M6.name, 100, 300, 1, true],
      [1, M1.name, 100, 300, 2, true],
      [3, M3.name, 75, 100, 1, true],
      [4, M2.name, 75, 200, 1, true],
      [5, M8.name, 50, 250, 1, false],
      [6, M5.name, 25, 400, 1, false],
    ]);
    expect(r.ranking.items[1].unitName).toBe('测试一队工会');
    expect(r.paper).toMatchObject({ takenMembers: 6, locked: true, withCertificate: true, status: 'published' });
  });

  it('pages the ranking', async () => {
    const page2 = await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'getPaperResults', {
      paperId,
      page: 2,
      pageSize: 4,
    });
    expect(page2.ranking.items.map((x) => x.name)).toEqual([M8.name, M5.name]);
  });

  it('exports every counted result and the unit figures to Excel', async () => {
    const link = await cloud.ok(TEST_BRIGADE_ORGANIZER, 'quizAdmin', 'exportResults', { paperId });
    expect(link.rows).toBe(6);
    const sheets = await readWorkbook(cloud, link.fileID);
    expect(sheets['成绩'][0]).toEqual([
      '排名',
      '姓名',
      '工号',
      '单位',
      '成绩',
      '是否及格',
      '用时',
      '作答次数',
      '交卷时间',
    ]);
    expect(sheets['成绩'].slice(1).map((x) => [x[0], x[1], x[3], x[4], x[5], x[6], x[7]])).toEqual([
      ['1', M6.name, '测试二队工会', '100', '及格', '5分00秒', '1'],
      ['1', M1.name, '测试一队工会', '100', '及格', '5分00秒', '2'],
      ['3', M3.name, '测试一队工会', '75', '及格', '1分40秒', '1'],
      ['4', M2.name, '测试一队工会', '75', '及格', '3分20秒', '1'],
      ['5', M8.name, '测试二队工会', '50', '不及格', '4分10秒', '1'],
      ['6', M5.name, '测试二队工会', '25', '不及格', '6分40秒', '1'],
    ]);
    expect(sheets['单位统计'].slice(1)).toEqual([
      ['测试大队', '10', '6', '60%', '70.8', '4', '66.7%'],
      ['　测试一队工会', '5', '3', '60%', '83.3', '3', '100%'],
      ['　测试二队工会', '4', '3', '75%', '58.3', '1', '33.3%'],
    ]);
  });
});

describe('who sees what', () => {
  it('the organizer of one grassroots union sees only it', async () => {
    const r = await cloud.ok(TEST_GRASS_1_ORGANIZER, 'quizAdmin', 'getPaperResults', { paperId });
    expect(r.scope).toEqual(['测试一队工会']);
    expect(r.units.map((u) => [u.unitId, u.aimed, u.taken])).toEqual([[TEST_GRASS_1, 5, 3]]);
    expect(r.summary).toMatchObject({ aimed: 5, taken: 3, passed: 3, average: 83.3, highest: 100, lowest: 75 });
    expect(r.ranking.items.map((x) => x.name)).toEqual([M1.name, M3.name, M2.name]);
    expect(r.distribution.reduce((n, b) => n + b.count, 0)).toBe(3);
    // Only its members' attempts count towards the hardest questions (M1 twice, M2, M3).
    expect(Math.max(...r.hardest.map((h) => h.answered))).toBe(4);
    const sheet = (
      await readWorkbook(
        cloud,
        (await cloud.ok(TEST_GRASS_1_ORGANIZER, 'quizAdmin', 'exportResults', { paperId })).fileID,
      )
    )['成绩'];
    expect(sheet.slice(1).map((x) => x[1])).toEqual([M1.name, M3.name, M2.name]);
  });

  it('an organizer of another brigade does not see the paper at all; the admin sees all of it', async () => {
    expect(await codeOf(cloud.call(PERSONAS.organizer.openid, 'quizAdmin', 'getPaperResults', { paperId }))).toBe(
      'NOT_FOUND',
    );
    expect(await codeOf(cloud.call(PERSONAS.organizer.openid, 'quizAdmin', 'exportResults', { paperId }))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await cloud.ok(PERSONAS.organizer.openid, 'quizAdmin', 'listPapers', {})).items.map((p) => p.id),
    ).not.toContain(paperId);
    const admin = await cloud.ok(PERSONAS.admin.openid, 'quizAdmin', 'getPaperResults', { paperId });
    expect(admin.summary).toMatchObject({ aimed: 10, taken: 6 });
  });

  it('on a paper aimed at the whole branch, each brigade organizer sees only their own brigade', async () => {
    const p = await cloud.ok(PERSONAS.admin.openid, 'quizAdmin', 'savePaper', {
      paper: fixedPaperInput(Q, 'u-branch', { title: '全分公司测试卷' }),
    });
    await cloud.ok(PERSONAS.admin.openid, 'quizAdmin', 'publishPaper', { paperId: p.id });
    const person = (openid: string, unitId: string): TestPerson => ({ openid, name: openid, unitId, role: 'worker' });
    await insertAll(
      cloud.db,
      'quiz_attempts',
      [
        attemptDoc({
          paperId: p.id,
          person: { ...person(PERSONAS.worker.openid, 'u-grass-1'), name: PERSONAS.worker.name },
          n: 1,
          score: 100,
          usedSeconds: 60,
          submittedAt: at(1),
          qids: Q,
          wrong: [],
        }),
        attemptDoc({
          paperId: p.id,
          person: { ...person(PERSONAS.worker2.openid, 'u-grass-2'), name: PERSONAS.worker2.name },
          n: 1,
          score: 50,
          usedSeconds: 60,
          submittedAt: at(2),
          qids: Q,
          wrong: Q.slice(0, 2),
        }),
        attemptDoc({
          paperId: p.id,
          person: { ...person('o-demo-10102', 'u-grass-3'), name: '其他大队' },
          n: 1,
          score: 0,
          usedSeconds: 60,
          submittedAt: at(3),
          qids: Q,
          wrong: Q,
        }),
      ].map((d) => ({
        ...d,
        unitPath: [
          'u-branch',
          d.unitId.startsWith('u-grass-1') || d.unitId === 'u-grass-2' ? 'u-brigade-1' : 'u-brigade-2',
          d.unitId,
        ],
      })) as unknown as Record<string, unknown>[],
    );

    const one = await cloud.ok(PERSONAS.organizer.openid, 'quizAdmin', 'getPaperResults', { paperId: p.id });
    expect(one.scope).toEqual(['采油一大队']);
    expect(one.units.map((u) => u.unitId)).toEqual(['u-brigade-1', 'u-grass-1', 'u-grass-2']);
    expect(one.summary).toMatchObject({ taken: 2, average: 75 });
    expect(one.ranking.items.map((x) => x.name)).toEqual([PERSONAS.worker.name, PERSONAS.worker2.name]);

    const two = await cloud.ok(PERSONAS.organizer2.openid, 'quizAdmin', 'getPaperResults', { paperId: p.id });
    expect(two.scope).toEqual(['井下作业大队']);
    expect(two.units.every((u) => ['u-brigade-2', 'u-grass-3', 'u-grass-4'].includes(u.unitId))).toBe(true);
    expect(two.ranking.items.map((x) => x.name)).toEqual(['其他大队']);

    const all = await cloud.ok(PERSONAS.admin.openid, 'quizAdmin', 'getPaperResults', { paperId: p.id });
    expect(all.units[0]).toMatchObject({ unitId: 'u-branch', taken: 3 });
    // Organizers see the branch's paper in their list, but only the admin may edit it.
    const listed = (await cloud.ok(PERSONAS.organizer.openid, 'quizAdmin', 'listPapers', {})).items.find(
      (x) => x.id === p.id,
    );
    expect(listed).toMatchObject({ editable: false, takenMembers: 3 });
    expect(await codeOf(cloud.call(PERSONAS.organizer.openid, 'quizAdmin', 'getEditor', { paperId: p.id }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('what members see', () => {
  it('my unit’s ranking (others masked) and the units ranked by participation and by average', async () => {
    const lb = await cloud.ok(M2.openid, 'quiz', 'getLeaderboard', { paperId });
    expect(lb.paper).toMatchObject({ id: paperId, withCertificate: true, window: 'open' });
    expect(lb.myUnit).toEqual({
      unitName: '测试一队工会',
      top: [
        { rank: 1, name: '测**明', score: 100, usedSeconds: 300, me: false },
        { rank: 2, name: '测**明', score: 75, usedSeconds: 100, me: false },
        { rank: 3, name: M2.name, score: 75, usedSeconds: 200, me: true },
      ],
      me: { rank: 3, name: M2.name, score: 75, usedSeconds: 200, me: true },
      of: 3,
    });
    expect(lb.units).toEqual({
      levelLabel: '基层工会',
      byParticipation: [
        { rank: 1, unitId: TEST_GRASS_2, name: '测试二队工会', aimed: 4, taken: 3, participation: 75, average: 58.3 },
        { rank: 2, unitId: TEST_GRASS_1, name: '测试一队工会', aimed: 5, taken: 3, participation: 60, average: 83.3 },
      ],
      byAverage: [
        { rank: 1, unitId: TEST_GRASS_1, name: '测试一队工会', aimed: 5, taken: 3, participation: 60, average: 83.3 },
        { rank: 2, unitId: TEST_GRASS_2, name: '测试二队工会', aimed: 4, taken: 3, participation: 75, average: 58.3 },
      ],
    });
    expect(lb.certificate).toBe(true);
    // Without a paper id: the newest opened paper aimed at me.
    const first = await cloud.ok(M2.openid, 'quiz', 'getLeaderboard', {});
    expect(first.papers.map((p) => p.id)).toContain(paperId);
    expect(first.paper?.id).toBe(first.papers[0].id);
  });

  it('a member outside the audience cannot open its leaderboard', async () => {
    expect(await codeOf(cloud.call(PERSONAS.worker.openid, 'quiz', 'getLeaderboard', { paperId }))).toBe('NOT_FOUND');
  });

  it('a certificate for a passed paper, with the union’s name from config; none for a failed one', async () => {
    expect(UNION_NAME).toBe(DEMO_UNION_NAME);
    const c = await cloud.ok(M1.openid, 'quiz', 'getCertificate', { paperId });
    expect(c).toMatchObject({
      paperId,
      paperTitle: '结果统计测试卷',
      memberName: M1.name,
      unitName: '测试一队工会',
      score: 100,
      maxScore: 100,
      unionName: UNION_NAME,
    });
    expect(c.passedAt).toBe(at(20).getTime());
    expect(c.serial).toMatch(/^ZS[0-9A-F]{10}$/);
    expect((await cloud.ok(M1.openid, 'quiz', 'getCertificate', { paperId })).serial).toBe(c.serial);
    expect(await codeOf(cloud.call(M5.openid, 'quiz', 'getCertificate', { paperId }))).toBe('FORBIDDEN');
    expect(await codeOf(cloud.call(M4.openid, 'quiz', 'getCertificate', { paperId }))).toBe('FORBIDDEN');
    expect((await cloud.ok(M5.openid, 'quiz', 'getLeaderboard', { paperId })).certificate).toBe(false);
  });
});
