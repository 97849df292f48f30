/**
 * A paper's results on a set of submissions small enough to work out by hand, as the brigade
 * organizer sees them: participation by unit rolled up the tree, averages and pass rates, the
 * distribution, the hardest questions, the ranking (score, then time), the export. What each
 * organizer sees and the members' leaderboard and certificates are in results-scope.test.ts.
 */
import { cloudForFile } from '../support/cloud';
import type { PaperResults } from '../../domain/contract/quiz-admin';
import {
  TEST_BRIGADE,
  TEST_GRASS_1,
  TEST_GRASS_2,
  TEST_BRIGADE_ORGANIZER,
  M1,
  M2,
  M3,
  M5,
  M6,
  M8,
  publishResultsPaper,
} from './support';
import { readWorkbook } from '../support/workbook';

const cloud = cloudForFile();
let paperId: string;
let Q: string[];

beforeAll(async () => {
  ({ paperId, questionIds: Q } = await publishResultsPaper(cloud));
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
