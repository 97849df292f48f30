/**
 * Who sees which of a paper's results (submissions small enough to work out by hand): a grassroots
 * union's organizer, another brigade's, the admin, each brigade on a paper for the whole branch;
 * and what members see: their unit's leaderboard and their certificates. The brigade organizer's
 * full view is in results.test.ts.
 */
import { cloudForFile } from '../support/cloud';
import { PERSONAS, DEMO_UNION_NAME } from '../../demo/union';
import { UNION_NAME } from '../../domain/union';
import { insertAll } from '../../demo/db';
import {
  TEST_GRASS_1,
  TEST_GRASS_2,
  TEST_GRASS_1_ORGANIZER,
  fixedPaperInput,
  attemptDoc,
  handedInAt,
  publishResultsPaper,
  M1,
  M2,
  M3,
  M4,
  M5,
  type TestPerson,
} from './support';
import { codeOf } from '../support/outcome';
import { readWorkbook } from '../support/workbook';

const cloud = cloudForFile();
let paperId: string;
let Q: string[];

beforeAll(async () => {
  ({ paperId, questionIds: Q } = await publishResultsPaper(cloud));
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
          submittedAt: handedInAt(1),
          qids: Q,
          wrong: [],
        }),
        attemptDoc({
          paperId: p.id,
          person: { ...person(PERSONAS.worker2.openid, 'u-grass-2'), name: PERSONAS.worker2.name },
          n: 1,
          score: 50,
          usedSeconds: 60,
          submittedAt: handedInAt(2),
          qids: Q,
          wrong: Q.slice(0, 2),
        }),
        attemptDoc({
          paperId: p.id,
          person: { ...person('o-demo-10102', 'u-grass-3'), name: '其他大队' },
          n: 1,
          score: 0,
          usedSeconds: 60,
          submittedAt: handedInAt(3),
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
      })),
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
    expect(c.passedAt).toBe(handedInAt(20).getTime());
    expect(c.serial).toMatch(/^ZS[0-9A-F]{10}$/);
    expect((await cloud.ok(M1.openid, 'quiz', 'getCertificate', { paperId })).serial).toBe(c.serial);
    expect(await codeOf(cloud.call(M5.openid, 'quiz', 'getCertificate', { paperId }))).toBe('FORBIDDEN');
    expect(await codeOf(cloud.call(M4.openid, 'quiz', 'getCertificate', { paperId }))).toBe('FORBIDDEN');
    expect((await cloud.ok(M5.openid, 'quiz', 'getLeaderboard', { paperId })).certificate).toBe(false);
  });
});
