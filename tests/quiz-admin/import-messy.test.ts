/**
 * Question banks as offices really keep them, built here with exceljs: number formats, several
 * sheets, headers below titles or over two rows, header words of every kind, options to H, full
 * width, judge questions whose options say what A and B mean, template examples, numbering and
 * letter prefixes, WPS pictures, hidden rows, generic stems. Each test asserts row by row what was
 * stored (stem, options, answer) and what the report told the clerk.
 */
import { startTestCloud, type TestCloud, upload } from '../support/cloud';
import { PERSONAS } from '../../demo/union';
import type { ImportQuestionsOutput, QuestionImportReport } from '../../domain/contract/quiz-admin';
import type { QuestionDoc } from '../../server/quiz/repos/docs';
import { importKeyOf } from '../../server/quiz/import-check';
import { builtinFormat, workbook, type CellSpec, type SheetSpec } from '../support/workbook';
import { storedQuestions } from '../quiz/support';

const ORG = PERSONAS.organizer.openid;
let cloud: TestCloud;

beforeAll(async () => {
  cloud = await startTestCloud({ seed: true });
});
afterAll(() => cloud.close());

async function check(content: Buffer): Promise<{ fileId: string; report: QuestionImportReport }> {
  const fileId = upload(cloud, 'questions', content);
  const out = await cloud.ok(ORG, 'quizAdmin', 'importQuestions', { fileId, commit: false });
  if (out.mode !== 'report') throw new Error('expected a report');
  return { fileId, report: out.report };
}

/** Commits the whole file and returns the questions it wrote, by sheet and row. */
async function commit(fileId: string): Promise<Map<string, QuestionDoc>> {
  for (let cursor: number | null = 0; cursor !== null;) {
    const out: ImportQuestionsOutput = await cloud.ok(ORG, 'quizAdmin', 'importQuestions', {
      fileId,
      commit: true,
      cursor,
    });
    if (out.mode !== 'commit') throw new Error('expected a chunk');
    cursor = out.chunk.nextCursor;
  }
  const key = importKeyOf(fileId);
  const mine = (await storedQuestions(cloud)).filter((q) => q.importKey === key);
  // Ids are qi-<file>-<sheet>-<row>: the map is keyed "<sheet>-<row>".
  return new Map(mine.map((q) => [q._id.slice(`qi-${key}-`.length), q]));
}

const content = (q: QuestionDoc | undefined) =>
  q && { type: q.type, stem: q.stem, options: q.options, answer: q.answer, category: q.category };
const errorsOf = (r: QuestionImportReport) => r.errors.map((e) => [e.sheet, e.row, e.reasons]);
const warningsOf = (r: QuestionImportReport) => r.warnings.map((w) => [w.row, w.messages]);
const one = (name: string, rows: CellSpec[][], extra: Partial<SheetSpec> = {}): Promise<Buffer> =>
  workbook([{ name, rows, ...extra }]);

describe('the cell as the sheet shows it', () => {
  it('0.5%, 1000元, dates and a fraction Excel took for a date are stored as shown, each with a warning', async () => {
    const file = await builtinFormat(
      await one('题库', [
        ['题型', '题目', '选项A', '选项B', '选项C', '选项D', '答案'],
        [
          '单选',
          '数字格式题一：下列写法中哪一个是比例？',
          { value: 0.005, numFmt: '0.0%' },
          { value: 1000, numFmt: '0"元"' },
          { value: new Date(Date.UTC(1925, 4, 1)), numFmt: 'yyyy"年"m"月"d"日"' },
          { value: new Date(Date.UTC(2024, 1, 3)), numFmt: 'm"月"d"日"' },
          'A',
        ],
        [
          '单选',
          '数字格式题二：工号的正确写法是？',
          { value: 123, numFmt: '000000' },
          { value: 2.5, numFmt: '0.00' },
          123,
          '一二三',
          'A',
        ],
      ]),
      'm"月"d"日"',
      58, // what a Chinese Excel saves for 2/3 typed into a cell: the built-in 2月3日, by number only
    );
    const { fileId, report } = await check(file);
    expect(report).toMatchObject({ totalRows: 2, goodRows: 2, badRows: 0 });
    expect(warningsOf(report)).toEqual([
      [
        2,
        [
          '选项A按表格中显示的“0.5%”读取（单元格里是数字0.005）',
          '选项B按表格中显示的“1000元”读取（单元格里是数字1000）',
          '选项C按表格中显示的“1925年5月1日”读取（单元格里是日期）',
          '选项D按表格中显示的“2月3日”读取（单元格里是日期）',
        ],
      ],
      [
        3,
        ['选项A按表格中显示的“000123”读取（单元格里是数字123）', '选项B按表格中显示的“2.50”读取（单元格里是数字2.5）'],
      ],
    ]);
    const stored = await commit(fileId);
    expect(content(stored.get('1-2'))).toEqual({
      type: 'single',
      stem: '数字格式题一：下列写法中哪一个是比例？',
      options: ['0.5%', '1000元', '1925年5月1日', '2月3日'],
      answer: [0],
      category: '未分类',
    });
    expect(stored.get('1-3')?.options).toEqual(['000123', '2.50', '123', '一二三']);
  });
});

describe('every question sheet of the file, each named in the report', () => {
  it('reads 单选题 / 多选题 / 判断题 sheets (their names give the type), passes over instructions and hidden sheets', async () => {
    const file = await workbook([
      { name: '填写说明', rows: [['填写说明'], ['1. 单选题填在“单选题”工作表'], ['2. 答案填字母']] },
      {
        name: '单选题',
        rows: [
          ['题目', 'A', 'B', 'C', '答案'],
          ['分表单选一：工会会员大会的召集者是？', '工会委员会', '行政', '人事部门', 'A'],
          ['分表单选二：职代会闭会期间由谁负责？', '工会', '车间', '班组', 'A'],
        ],
      },
      {
        name: '多选题',
        rows: [
          ['题目', 'A', 'B', 'C', '答案'],
          ['分表多选一：工会的基本职责包括？', '维护', '参与', '教育', 'ABC'],
        ],
      },
      {
        name: '判断题',
        rows: [
          ['题目', '答案'],
          ['分表判断一：工会经费可以挪作他用。', '错误'],
          ['分表判断二：会员有权批评工会工作。', ''],
        ],
      },
      {
        name: '旧题',
        state: 'hidden',
        rows: [
          ['题型', '题目', '答案'],
          ['判断', '旧题不应导入。', '正确'],
        ],
      },
    ]);
    const { fileId, report } = await check(file);
    expect(report.sheets).toEqual([
      { name: '填写说明', read: false, rows: 0, good: 0, bad: 0, note: '没有题目的表头，未读取' },
      { name: '单选题', read: true, rows: 2, good: 2, bad: 0, note: '' },
      { name: '多选题', read: true, rows: 1, good: 1, bad: 0, note: '' },
      { name: '判断题', read: true, rows: 2, good: 1, bad: 1, note: '' },
      { name: '旧题', read: false, rows: 0, good: 0, bad: 0, note: '隐藏的工作表，未读取' },
    ]);
    expect(errorsOf(report)).toEqual([['判断题', 3, ['缺少答案']]]);
    const stored = await commit(fileId);
    expect([...stored.keys()].sort()).toEqual(['2-2', '2-3', '3-2', '4-2']);
    expect(content(stored.get('2-3'))).toMatchObject({
      type: 'single',
      options: ['工会', '车间', '班组'],
      answer: [0],
    });
    expect(content(stored.get('3-2'))).toMatchObject({ type: 'multiple', answer: [0, 1, 2] });
    expect(content(stored.get('4-2'))).toMatchObject({
      type: 'judge',
      stem: '分表判断一：工会经费可以挪作他用。',
      options: ['正确', '错误'],
      answer: [1],
    });
  });
});

describe('the header wherever the office put it', () => {
  it('below a title and a date line, over two rows with 选项 merged over A-D', async () => {
    const file = await one(
      '题库',
      [
        ['2024年职工安全知识竞赛题库'],
        ['编制单位：采油一大队工会', null, null, null, null, null, '编制日期：2024年3月'],
        ['*题型', '题目（必填）', '选项', null, null, null, '参考答案', '分类'],
        [null, null, 'A', 'B', 'C', 'D', null, null],
        ['单选', '两行表头题：安全帽的作用是？', '防护头部', '装饰', '防晒', '通讯', 'A', '安全生产'],
        ['多选', '两行表头题：下列属于劳保用品的有？', '手套', '护目镜', '手机', '耳机', 'AB', '安全生产'],
      ],
      { merges: ['A1:H1', 'C3:F3', 'A3:A4', 'B3:B4', 'G3:G4', 'H3:H4'] },
    );
    const { fileId, report } = await check(file);
    expect(report).toMatchObject({ totalRows: 2, goodRows: 2, errors: [], warnings: [] });
    const stored = await commit(fileId);
    expect(content(stored.get('1-5'))).toEqual({
      type: 'single',
      stem: '两行表头题：安全帽的作用是？',
      options: ['防护头部', '装饰', '防晒', '通讯'],
      answer: [0],
      category: '安全生产',
    });
    expect(content(stored.get('1-6'))).toMatchObject({
      type: 'multiple',
      options: ['手套', '护目镜', '手机', '耳机'],
      answer: [0, 1],
    });
  });

  const HEADERS = [
    ['题型', '题干', 'A', 'B', '答案'],
    ['*题型', '题目（必填）', '选项Ａ', 'B选项', '参考答案'],
    ['题目类型', '试题内容', 'A选项', '选项 B', '标准答案'],
    ['类型 ', '题  目', 'Ａ', 'Ｂ', '正确答案：'],
    ['题型(必填)', '*试题', '选项A', '选项B', '*答案（必填）'],
  ];
  it.each(HEADERS.map((h, i) => [h, i + 1]))('header words %j', async (header, n) => {
    const stem = `表头写法题第${n}种：哪个是乙？`;
    const { fileId, report } = await check(await one('Sheet1', [header as string[], ['单选', stem, '甲', '乙', 'B']]));
    expect(report).toMatchObject({ goodRows: 1, errors: [] });
    expect(content((await commit(fileId)).get('1-2'))).toMatchObject({ stem, options: ['甲', '乙'], answer: [1] });
  });
});

describe('options A-H, full width, spacing', () => {
  it('keeps options G and H, reads full-width letters and digits, trims padding', async () => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const { fileId, report } = await check(
      await one('题库', [
        ['题型', '题目', ...letters.map((l) => `选项${l}`), '答案', '难度', '分类'],
        ['单选', '八个选项题：第八个是？', ...letters.map((l) => `第${l}项`), 'H', '', ''],
        ['多选', '八个选项多选题：哪些是单数位？', ...letters.map((l) => `第${l}项`), 'A、C、E、G', '', ''],
        [
          '　单选　',
          '  ２０２１年修正的《工会法》共有几章？  ',
          '７章',
          '８章',
          '',
          '',
          '',
          '',
          '',
          '',
          'Ｂ',
          '３',
          ' 法律法规 ',
        ],
        ['判断', '全角判断题：答案写成全角Ｔ。', '', '', '', '', '', '', '', '', 'Ｔ', '', ''],
      ]),
    );
    expect(report).toMatchObject({ totalRows: 4, goodRows: 4, errors: [] });
    const stored = await commit(fileId);
    expect(content(stored.get('1-2'))).toMatchObject({ options: letters.map((l) => `第${l}项`), answer: [7] });
    expect(content(stored.get('1-3'))).toMatchObject({ type: 'multiple', answer: [0, 2, 4, 6] });
    expect(stored.get('1-4')).toMatchObject({
      type: 'single',
      stem: '2021年修正的《工会法》共有几章？',
      options: ['7章', '8章'],
      answer: [1],
      difficulty: 3,
      category: '法律法规',
    });
    expect(content(stored.get('1-5'))).toMatchObject({ type: 'judge', answer: [0] });
  });
});

describe('judge answers decided by what the options say', () => {
  const rows: CellSpec[][] = [
    ['题型', '题目', '选项A', '选项B', '答案'],
    ['判断', '判断含义题一：选项A是错误、选项B是正确，答案B。', '错误', '正确', 'B'], // 2: 正确
    ['判断', '判断含义题二：选项A是正确、选项B是错误，答案B。', '正确', '错误', 'B'], // 3: 错误
    ['判断', '判断含义题三：对错写法，答案A。', '对', '错', 'A'], // 4: 正确
    ['判断', '判断含义题四：√×写法，答案全角Ｂ。', '√', '×', 'Ｂ'], // 5: 错误
    ['判断', '判断含义题五：没有选项，答案只写了B。', '', '', 'B'], // 6: refused
    ['判断', '判断含义题六：答案C不在两个选项中。', '正确', '错误', 'C'], // 7: refused
    ['判断', '判断含义题七：选项B不是正确或错误。', '正确', '不确定', 'A'], // 8: refused
    ['判断', '判断含义题八：选项倒置，答案写文字“正确”。', '错误', '正确', '正确'], // 9: 正确
    ['判断', '判断含义题九：没有选项，答案写“错”。', '', '', '错'], // 10: 错误
  ];

  it('stores the answer the sheet means, and refuses an answer its options contradict', async () => {
    const { fileId, report } = await check(await one('判断', rows));
    expect(errorsOf(report)).toEqual([
      ['判断', 6, ['判断题答案是字母B，但没有选项文字，无法确定是正确还是错误：请填写“正确”或“错误”']],
      ['判断', 7, ['答案C不在选项中']],
      ['判断', 8, ['判断题的选项应为“正确”和“错误”（或对/错、√/×）：选项A“正确”、选项B“不确定”']],
    ]);
    expect(warningsOf(report)).toEqual([[2, ['判断题的选项A是“错误”、选项B是“正确”，答案B按“正确”导入']]]);
    const stored = await commit(fileId);
    const answers = Object.fromEntries([...stored].map(([k, q]) => [k, [q.options, q.answer]]));
    const judge = (a: number) => [['正确', '错误'], [a]];
    expect(answers).toEqual({
      '1-2': judge(0),
      '1-3': judge(1),
      '1-4': judge(0),
      '1-5': judge(1),
      '1-9': judge(0),
      '1-10': judge(1),
    });
  });
});

describe('the report a clerk reads', () => {
  it('refuses examples and pictures, strips prefixes with a warning, leaves hidden rows out and says so', async () => {
    const { fileId, report } = await check(
      await one(
        '题库',
        [
          ['题型', '题目', '选项A', '选项B', '选项C', '选项D', '答案'],
          ['单选', '（示例）工会是职工自愿结合的什么组织？', '群众组织', '行政机关', '', '', 'A'], // 2
          [
            '单选',
            '12、报告题：哪部法律规定了工会的权利？',
            'A．工会法',
            'B、劳动法',
            'C.安全生产法',
            '(D)民法典',
            'A',
          ], // 3
          ['单选', '报告题：选项错位了。', 'B．劳动法', 'C．工会法', '', '', 'A'], // 4
          [
            '单选',
            '报告题：选项B是一张图片。',
            '文字选项',
            { value: { formula: '_xlfn.DISPIMG("ID_5B1C",1)', result: '' } },
            '',
            '',
            'A',
          ], // 5
          ['单选', '报告题：这一行被隐藏了。', '甲', '乙', '', '', 'A'], // 6
          ['单选', '报告题：选项A是存成文字的图片公式。', '=DISPIMG("ID_77AA",1)', '乙', '', '', 'B'], // 7
          ['判断', '1.5倍的加班工资说法正确。', '', '', '', '', '错误'], // 8: a number, not numbering
        ],
        { hiddenRows: [6] },
      ),
    );
    expect(report.sheets).toEqual([
      { name: '题库', read: true, rows: 6, good: 2, bad: 4, note: '第6行是隐藏行，未导入' },
    ]);
    expect(report.errors).toEqual([
      {
        sheet: '题库',
        row: 2,
        label: '（示例）工会是职工自愿结合的什么组织？',
        reasons: ['这是模板中的示例行，未导入（请删除或改成本单位的内容）'],
      },
      {
        sheet: '题库',
        row: 4,
        label: '报告题：选项错位了。',
        reasons: ['选项A以“B”开头，选项可能错位，请检查', '选项B以“C”开头，选项可能错位，请检查'],
      },
      {
        sheet: '题库',
        row: 5,
        label: '报告题：选项B是一张图片。',
        reasons: ['选项B是嵌入单元格的图片（WPS 图片），暂不支持导入图片，请改为文字'],
      },
      {
        sheet: '题库',
        row: 7,
        label: '报告题：选项A是存成文字的图片公式。',
        reasons: ['选项A是嵌入单元格的图片（WPS 图片），暂不支持导入图片，请改为文字'],
      },
    ]);
    expect(report.warnings).toEqual([
      {
        sheet: '题库',
        row: 3,
        label: '12、报告题：哪部法律规定了工会的权利？',
        messages: ['题目前的编号“12、”已去掉', '选项前的字母（如“A．”）已去掉'],
      },
    ]);
    const stored = await commit(fileId);
    expect([...stored.keys()].sort()).toEqual(['1-3', '1-8']);
    expect(content(stored.get('1-3'))).toMatchObject({
      stem: '报告题：哪部法律规定了工会的权利？',
      options: ['工会法', '劳动法', '安全生产法', '民法典'],
      answer: [0],
    });
    expect(content(stored.get('1-8'))).toMatchObject({ type: 'judge', stem: '1.5倍的加班工资说法正确。', answer: [1] });
  });
});

describe('duplicates: type, stem and options', () => {
  const GENERIC = '下列说法正确的是（　　）。';
  const rows: CellSpec[][] = [
    ['题型', '题目', '选项A', '选项B', '答案'],
    ['单选', GENERIC, '工会是职工的群众组织', '工会是行政机关', 'A'], // 2
    ['单选', GENERIC, '职代会每年至少召开一次', '职代会可以不召开', 'A'], // 3: same stem, other options
    ['单选', ` ${GENERIC} `, '工会是行政机关 ', '工会是职工的群众组织', 'B'], // 4: row 2 with its options swapped
    ['判断', GENERIC, '', '', '正确'], // 5: another type
  ];

  it('keeps different questions under one generic stem, refuses a re-typed one, and a re-import adds nothing', async () => {
    const before = (await storedQuestions(cloud)).length;
    const { fileId, report } = await check(await one('题库', rows));
    expect(errorsOf(report)).toEqual([['题库', 4, ['与第2行重复']]]);
    const stored = await commit(fileId);
    expect([...stored.keys()].sort()).toEqual(['1-2', '1-3', '1-5']);
    expect(stored.get('1-3')).toMatchObject({ stem: GENERIC, options: ['职代会每年至少召开一次', '职代会可以不召开'] });
    expect((await storedQuestions(cloud)).length).toBe(before + 3);
    // The same chunk again (a dropped connection), then the same content as a new upload.
    await cloud.ok(ORG, 'quizAdmin', 'importQuestions', { fileId, commit: true, cursor: 0 });
    const again = await check(await one('题库', rows));
    expect(again.report).toMatchObject({ goodRows: 0, badRows: 4 });
    expect(errorsOf(again.report).map((e) => e[2])).toEqual([
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
      ['与题库中已有题目重复'],
    ]);
    expect((await storedQuestions(cloud)).length).toBe(before + 3);
  });
});
