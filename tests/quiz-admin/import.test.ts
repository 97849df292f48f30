/**
 * Question bank import from Excel: every row judged before anything is written (row number and
 * reason for each bad row), nothing written until the organizer confirms, every good row written
 * after, a retried chunk written once; export → import gives back the same bank, and the template.
 * Large files and files that are not a bank are in import-files.test.ts.
 */
import { upload, cloudForFile } from '../support/cloud';
import { starterQuestions } from '../../demo/questions';
import { SHEET_COLUMNS } from '../../domain/rules/question-import';
import { storedQuestions } from '../quiz/support';
import { ADMIN, ORGANIZER } from '../support/personas';
import { readWorkbook, simpleBook, QUESTION_LAYOUT } from '../support/workbook';
import { commitImport, reportImport, row, type Row } from './support-import';

const cloud = cloudForFile();

const existing = starterQuestions[0];

const MIXED: Row[] = [
  /* 2 */ row(
    '单选',
    '职工代表大会是企业实行民主管理的基本形式，这一说法出自哪部法律？',
    ['工会法', '劳动法', '安全生产法', '劳动争议调解仲裁法'],
    'B',
    { explanation: '示例解析', difficulty: '易', source: '《中华人民共和国劳动法》（2018年修正）第八条' },
  ),
  /* 3 */ row('多选题', '测试多选：下列哪些属于测试选项？', ['甲', '乙', '丙', '丁'], 'A,C', {
    difficulty: 3,
    category: '日常业务',
  }),
  /* 4 */ row('判断', '测试判断：这是一道答案为正确的判断题。', [], '√', { category: '政策理论' }),
  /* 5 */ row('判断题', '测试判断：这是一道答案为错误的判断题。', [], '错', { difficulty: '中', category: '心理疏导' }),
  /* 6 */ row('填空', '测试填空：____是工会的基本职责。', [], '维护'),
  /* 7 */ row('单选', '测试单选：答案不在选项里。', ['一', '二', '三', '四'], 'E'),
  /* 8 */ row('单选', '', ['一', '二'], 'A'),
  /* 9 */ row(
    { single: '单选', multiple: '多选', judge: '判断' }[existing.type],
    existing.stem,
    existing.type === 'judge' ? [] : existing.options,
    existing.type === 'judge' ? ['正确', '错误'][existing.answer[0]] : existing.answer.map((i) => 'ABCDEF'[i]).join(''),
  ),
  // The same question re-typed: spacing, half-width punctuation, options in another order.
  /* 10 */ row(
    '单选',
    ' 职工代表大会是企业实行民主管理的基本形式， 这一说法出自哪部法律?',
    ['劳动法', '工会法', '劳动争议调解仲裁法', '安全生产法'],
    'A',
  ),
  /* 11 */ row('判断', '测试判断：答案写得不对。', [], '可能'),
  /* 12 */ row('多选', '测试多选：只给了一个答案。', ['甲', '乙', '丙'], 'A'),
  /* 13 */ row('单选', '测试单选：选项中间空了一个。', ['甲', '', '丙'], 'A'),
  /* 14 */ row('单选', '测试单选：难度写错了。', ['甲', '乙'], 'A', { difficulty: '很难' }),
  /* 15 */ row('单选', '测试单选：没有分类。', ['甲', '乙'], 'A', { category: '' }), // 分类 is optional: 未分类
  /* 16 */ row('单选', '', ['甲', '乙', '丙', '丁'], 'Z'),
];

const EXPECTED_ERRORS = [
  { row: 6, reasons: ['未知的题型：填空（应为单选、多选或判断）'] },
  { row: 7, reasons: ['答案E不在选项中'] },
  { row: 8, reasons: ['缺少题目'] },
  { row: 9, reasons: ['与题库中已有题目重复'] },
  { row: 10, reasons: ['与第2行重复'] },
  { row: 11, reasons: ['判断题答案应为正确或错误（对/错、√/×）：可能'] },
  { row: 12, reasons: ['多选题至少有两个正确答案'] },
  { row: 13, reasons: ['选项B为空，但后面还有选项'] },
  { row: 14, reasons: ['难度应为易、中、难或1-3：很难'] },
  { row: 16, reasons: ['缺少题目', '答案Z不在选项中'] },
];

describe('a file with good and bad rows', () => {
  let fileId: string;
  let before: number;

  beforeAll(async () => {
    fileId = upload(cloud, 'questions', await simpleBook('题库', QUESTION_LAYOUT, MIXED));
    before = (await storedQuestions(cloud)).length;
  });

  it('reports every bad row with its row number and exact reasons, and writes nothing', async () => {
    const r = await reportImport(cloud, ORGANIZER, fileId);
    expect(r).toMatchObject({ totalRows: 15, goodRows: 5, badRows: 10, errorsTruncated: false });
    expect(r.sheets).toEqual([{ name: '题库', read: true, rows: 15, good: 5, bad: 10, note: '' }]);
    expect(r.errors.map(({ row, reasons }) => ({ row, reasons }))).toEqual(EXPECTED_ERRORS);
    expect(r.summary).toEqual(
      expect.arrayContaining([
        { category: '法律法规', type: 'single', count: 1 },
        { category: '日常业务', type: 'multiple', count: 1 },
        { category: '政策理论', type: 'judge', count: 1 },
        { category: '心理疏导', type: 'judge', count: 1 },
        { category: '未分类', type: 'single', count: 1 },
      ]),
    );
    // The organizer may cancel here: the bank is as it was.
    expect(await storedQuestions(cloud)).toHaveLength(before);
  });

  it('writes exactly the good rows, as typed, into my own unit’s bank once confirmed', async () => {
    const chunks = await commitImport(cloud, ORGANIZER, fileId);
    expect(chunks).toEqual([{ totalRows: 15, processed: 15, nextCursor: null, written: 5, skipped: 10 }]);
    const added = (await storedQuestions(cloud)).filter((q) => q.importKey);
    expect(added).toHaveLength(5);
    expect(await storedQuestions(cloud)).toHaveLength(before + 5);
    const byStem = new Map(added.map((q) => [q.stem, q]));
    expect(byStem.get('职工代表大会是企业实行民主管理的基本形式，这一说法出自哪部法律？')).toMatchObject({
      type: 'single',
      options: ['工会法', '劳动法', '安全生产法', '劳动争议调解仲裁法'],
      answer: [1],
      explanation: '示例解析',
      category: '法律法规',
      difficulty: 1,
      source: '《中华人民共和国劳动法》（2018年修正）第八条',
      tags: [],
      ownerUnitId: 'u-brigade-1',
      status: 'active',
      createdBy: ORGANIZER,
    });
    expect(byStem.get('测试多选：下列哪些属于测试选项？')).toMatchObject({
      type: 'multiple',
      answer: [0, 2],
      difficulty: 3,
      category: '日常业务',
    });
    expect(byStem.get('测试判断：这是一道答案为正确的判断题。')).toMatchObject({
      type: 'judge',
      options: ['正确', '错误'],
      answer: [0],
      difficulty: 2,
    });
    expect(byStem.get('测试判断：这是一道答案为错误的判断题。')).toMatchObject({
      type: 'judge',
      answer: [1],
      difficulty: 2,
      category: '心理疏导',
    });
    expect(byStem.get('测试单选：没有分类。')).toMatchObject({
      options: ['甲', '乙'],
      answer: [0],
      category: '未分类',
    });
  });

  it('a retried chunk rewrites the same questions instead of adding them twice', async () => {
    const again = await cloud.ok(ORGANIZER, 'quizAdmin', 'importQuestions', { fileId, commit: true, cursor: 0 });
    expect(again).toEqual({
      mode: 'commit',
      chunk: { totalRows: 15, processed: 15, nextCursor: null, written: 5, skipped: 10 },
    });
    expect(await storedQuestions(cloud)).toHaveLength(before + 5);
  });

  it('the same file uploaded again finds its questions already in the bank', async () => {
    const r = await reportImport(
      cloud,
      ORGANIZER,
      upload(cloud, 'questions', await simpleBook('题库', QUESTION_LAYOUT, MIXED)),
    );
    expect(r.goodRows).toBe(0);
    expect(r.errors.filter((e) => [2, 3, 4, 5, 15].includes(e.row)).map((e) => e.reasons)).toEqual([
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
    ]);
  });
});

describe('export and template', () => {
  it('export → import gives back the same bank, field for field', async () => {
    const original = (await storedQuestions(cloud, { status: 'active' })).sort((a, b) => a.stem.localeCompare(b.stem));
    expect(original.length).toBeGreaterThan(150);
    const link = await cloud.ok(ADMIN, 'quizAdmin', 'exportQuestions', {});
    const sheet = (await readWorkbook(cloud, link.fileID))['题库'];
    expect(sheet[0]).toEqual([...SHEET_COLUMNS]);
    // The admin's bank is every active question (the demo's and those imported above).
    expect(link.rows).toBe(original.length);
    expect(sheet).toHaveLength(original.length + 1);
    // Under the admin's own export folder, deleted a day later.
    expect(link.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:\\d+/files/exports/${ADMIN}/questions/.+\\.xlsx\\?sign=`),
    );

    // Empty the bank, import the export as the admin, and compare.
    await cloud.db.collection('quiz_questions').where({ status: 'active' }).remove();
    expect(await storedQuestions(cloud, { status: 'active' })).toHaveLength(0);
    const fileId = upload(cloud, 'questions', cloud.host.storage.read(link.fileID)!, 'bank.xlsx', ADMIN);
    const r = await reportImport(cloud, ADMIN, fileId);
    expect(r).toMatchObject({ totalRows: link.rows, goodRows: link.rows, badRows: 0, errors: [] });
    await commitImport(cloud, ADMIN, fileId);
    const back = (await storedQuestions(cloud, { status: 'active' })).sort((a, b) => a.stem.localeCompare(b.stem));
    expect(new Set(back.map((q) => q.ownerUnitId))).toEqual(new Set(['u-branch']));
    const content = (q: (typeof back)[number]) => ({
      type: q.type,
      stem: q.stem,
      options: q.options,
      answer: q.answer,
      explanation: q.explanation,
      source: q.source,
      category: q.category,
      difficulty: q.difficulty,
      tags: q.tags,
    });
    expect(back.map(content)).toEqual(original.map(content));
  });

  it('the template holds the layout and an example of each type, which an import refuses as examples', async () => {
    const link = await cloud.ok(ORGANIZER, 'quizAdmin', 'getQuestionTemplate', {});
    const sheets = await readWorkbook(cloud, link.fileID);
    expect(sheets['题库'][0]).toEqual([...SHEET_COLUMNS]);
    expect(sheets['题库'].slice(1).map((r) => r[0])).toEqual(['单选', '多选', '判断']);
    expect(sheets['填写说明'].length).toBeGreaterThan(5);
    const r = await reportImport(cloud, ORGANIZER, upload(cloud, 'questions', cloud.host.storage.read(link.fileID)!));
    expect(r).toMatchObject({ totalRows: 3, goodRows: 0, badRows: 3 });
    expect(r.errors.map((e) => [e.row, e.reasons])).toEqual(
      [2, 3, 4].map((row) => [row, ['这是模板中的示例行，未导入（请删除或改成本单位的内容）']]),
    );
    expect(r.sheets.map((s) => [s.name, s.read])).toEqual([
      ['题库', true],
      ['填写说明', false],
    ]);
  });
});
