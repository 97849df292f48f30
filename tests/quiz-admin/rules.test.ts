/** The pure rules behind the organizer's quiz pages: the spreadsheet layout, statistics, edit locks. */
import fc from 'fast-check';
import { SHEET_COLUMNS, questionCells, type QuestionCells } from '../../domain/rules/question-import';
import { parseQuestionRow } from '../../domain/rules/question-row';
import {
  countedOrder,
  rankResults,
  rankUnits,
  rollUpUnits,
  scoreBuckets,
  resultRoots,
} from '../../domain/rules/quiz-stats';
import { countedAttempt } from '../../domain/rules/paper-window';
import { lockedChanges, type EditableTerms } from '../../domain/rules/paper-edit';

const cells = (over: Partial<QuestionCells>): QuestionCells => ({
  ...(Object.fromEntries(SHEET_COLUMNS.map((c) => [c, ''])) as QuestionCells),
  分类: '法律法规',
  ...over,
});

describe('the spreadsheet layout', () => {
  it.each([
    ['正确', 0],
    ['对', 0],
    ['√', 0],
    ['错误', 1],
    ['错', 1],
    ['×', 1],
  ])('判断 answer %s', (answer, index) => {
    const v = parseQuestionRow(cells({ 题型: '判断', 题目: '题', 答案: answer }));
    expect(v.ok && v.question).toMatchObject({ options: ['正确', '错误'], answer: [index] });
  });

  it.each([
    ['ABD', [0, 1, 3]],
    ['a, b、d', [0, 1, 3]],
    ['DBA', [0, 1, 3]],
  ])('多选 answer %s', (answer, indexes) => {
    const v = parseQuestionRow(
      cells({ 题型: '多选题', 题目: '题', 选项A: '1', 选项B: '2', 选项C: '3', 选项D: '4', 答案: answer }),
    );
    expect(v.ok && v.question.answer).toEqual(indexes);
  });

  it.each([
    ['易', 1],
    ['1', 1],
    ['中', 2],
    ['', 2],
    ['难', 3],
    ['3', 3],
  ])('难度 %s', (cell, d) => {
    const v = parseQuestionRow(cells({ 题型: '单选', 题目: '题', 选项A: '1', 选项B: '2', 答案: 'A', 难度: cell }));
    expect(v.ok && v.question.difficulty).toBe(d);
  });

  it('a question written to a row reads back the same', () => {
    const q = {
      type: 'multiple' as const,
      stem: '题干\n第二行',
      options: ['甲', '乙', '丙'],
      answer: [0, 2],
      explanation: '解析',
      source: '出处',
      category: '日常业务',
      difficulty: 3 as const,
      tags: ['甲', '乙'],
    };
    expect(parseQuestionRow(questionCells(q))).toEqual({ ok: true, question: q, warnings: [] });
  });
});

describe('statistics', () => {
  it('the aggregate sort picks the same counted attempt as countedAttempt', () => {
    const attempt = fc.record({
      score: fc.integer({ min: 0, max: 4 }).map((x) => x * 25),
      submittedAt: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(attempt, { minLength: 1, maxLength: 6, selector: (a) => a.submittedAt }),
        fc.constantFrom('best' as const, 'last' as const),
        (list, mode) => {
          const withIds = list.map((a, i) => ({ ...a, id: String(i), passed: a.score >= 60 }));
          const order = countedOrder(mode);
          const sorted = [...withIds].sort((a, b) => {
            for (const [k, dir] of Object.entries(order)) {
              const d = (a[k as 'score' | 'submittedAt'] - b[k as 'score' | 'submittedAt']) * dir;
              if (d !== 0) return d;
            }
            return 0;
          });
          expect(sorted[0].id).toBe(countedAttempt(withIds, mode)!.id);
        },
      ),
    );
  });

  it('ranks: the same score in the same time shares a place', () => {
    const ranked = rankResults([
      { score: 90, usedSeconds: 100, submittedAt: 3 },
      { score: 90, usedSeconds: 100, submittedAt: 1 },
      { score: 90, usedSeconds: 50, submittedAt: 2 },
      { score: 10, usedSeconds: 5, submittedAt: 4 },
    ]);
    expect(ranked.map((r) => [r.rank, r.usedSeconds, r.submittedAt])).toEqual([
      [1, 50, 2],
      [2, 100, 1],
      [2, 100, 3],
      [4, 5, 4],
    ]);
  });

  it('bands scores in tenths of the full score, the full score in the last band', () => {
    expect(scoreBuckets([0, 9.5, 10, 59.5, 60, 99.5, 100], 100).map((b) => b.count)).toEqual([
      2, 1, 0, 0, 0, 1, 1, 0, 0, 2,
    ]);
    expect(scoreBuckets([45], 45).map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('rolls figures up the tree and leaves out empty branches', () => {
    const units = [
      { id: 'b', name: '分公司', parentId: null, level: 1 as const },
      { id: 'd1', name: '一大队', parentId: 'b', level: 2 as const },
      { id: 'g1', name: '一队', parentId: 'd1', level: 3 as const },
      { id: 'd2', name: '二大队', parentId: 'b', level: 2 as const },
    ];
    const rows = rollUpUnits(
      units,
      { g1: { aimed: 4, taken: 2, passed: 1, scoreSum: 150 }, d1: { aimed: 1, taken: 1, passed: 1, scoreSum: 90 } },
      ['b'],
    );
    expect(rows.map((r) => [r.unitId, r.depth, r.aimed, r.taken, r.participation, r.average, r.passRate])).toEqual([
      ['b', 0, 5, 3, 60, 80, 66.7],
      ['d1', 1, 5, 3, 60, 80, 66.7],
      ['g1', 2, 4, 2, 50, 75, 50],
    ]);
  });

  it('an organizer’s figures start at their own unit, or at the aimed units below it', () => {
    const paths: Record<string, string[]> = { b: ['b'], d1: ['b', 'd1'], g1: ['b', 'd1', 'g1'], g3: ['b', 'd2', 'g3'] };
    const organizer = { role: 'organizer' as const, unitId: 'd1', unitPath: ['b', 'd1'] };
    expect(resultRoots(organizer, ['b'], (u) => paths[u])).toEqual(['d1']);
    expect(resultRoots(organizer, ['g1', 'g3'], (u) => paths[u])).toEqual(['g1']);
    expect(resultRoots(organizer, ['g3'], (u) => paths[u])).toEqual([]);
    expect(resultRoots({ ...organizer, role: 'admin' }, ['g3'], (u) => paths[u])).toEqual(['g3']);
  });

  it('units rank by participation then average (or the reverse); nobody aimed at, no place', () => {
    const rows = [
      { unitId: 'a', name: '甲', aimed: 10, taken: 8, participation: 80, average: 70 },
      { unitId: 'b', name: '乙', aimed: 10, taken: 8, participation: 80, average: 90 },
      { unitId: 'c', name: '丙', aimed: 5, taken: 5, participation: 100, average: 60 },
      { unitId: 'd', name: '丁', aimed: 0, taken: 0, participation: null, average: null },
    ];
    expect(rankUnits(rows, 'participation').map((r) => [r.unitId, r.rank])).toEqual([
      ['c', 1],
      ['b', 2],
      ['a', 3],
    ]);
    expect(rankUnits(rows, 'average').map((r) => r.unitId)).toEqual(['b', 'a', 'c']);
  });
});

describe('editing a started paper', () => {
  const terms: EditableTerms = {
    title: 't',
    description: '',
    audienceUnits: ['a', 'b'],
    audienceRoles: ['worker', 'cadre'],
    draw: { mode: 'random', quotas: [{ category: 'c', type: 'single', count: 2 }] },
    shuffleQuestions: true,
    shuffleOptions: true,
    points: { single: 1, multiple: 2, judge: 1 },
    partialCredit: false,
    passScore: 1,
    timeLimitMinutes: 10,
    opensAt: 1,
    closesAt: 2,
    maxAttemptsTotal: null,
    maxAttemptsPerDay: 1,
    counts: 'best',
    purpose: 'exam',
    withCertificate: false,
  };

  it('title, description, close time and certificate are free; the rest is named', () => {
    expect(
      lockedChanges(terms, {
        ...terms,
        title: 'x',
        description: 'y',
        closesAt: 9,
        withCertificate: true,
        audienceUnits: ['b', 'a'],
      }),
    ).toEqual([]);
    expect(lockedChanges(terms, { ...terms, points: { judge: 1, multiple: 2, single: 1 } })).toEqual([]);
    expect(lockedChanges(terms, { ...terms, passScore: 2, counts: 'last', maxAttemptsPerDay: null })).toEqual([
      '及格分',
      '每日作答次数',
      '成绩计算方式',
    ]);
  });
});
