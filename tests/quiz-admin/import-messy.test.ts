/**
 * Question banks as offices really keep them, built here with exceljs: number formats, several
 * sheets, headers below titles or over two rows, header words of every kind, options to H, full
 * width. Each test asserts row by row what was stored (stem, options, answer) and what the report
 * told the clerk. Judge answers, examples, pictures, prefixes, hidden rows and duplicates are in
 * import-report.test.ts.
 */
import { cloudForFile } from '../support/cloud';
import { builtinFormat, workbook } from '../support/workbook';
import { checkFile, commitFile, errorsOf, oneSheet, questionContent, warningsOf } from './support-import';

const cloud = cloudForFile();

describe('the cell as the sheet shows it', () => {
  it('0.5%, 1000元, dates and a fraction Excel took for a date are stored as shown, each with a warning', async () => {
    const file = await builtinFormat(
      await oneSheet('题库', [
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
    const { fileId, report } = await checkFile(cloud, file);
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
    const stored = await commitFile(cloud, fileId);
    expect(questionContent(stored.get('1-2'))).toEqual({
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
    const { fileId, report } = await checkFile(cloud, file);
    expect(report.sheets).toEqual([
      { name: '填写说明', read: false, rows: 0, good: 0, bad: 0, note: '没有题目的表头，未读取' },
      { name: '单选题', read: true, rows: 2, good: 2, bad: 0, note: '' },
      { name: '多选题', read: true, rows: 1, good: 1, bad: 0, note: '' },
      { name: '判断题', read: true, rows: 2, good: 1, bad: 1, note: '' },
      { name: '旧题', read: false, rows: 0, good: 0, bad: 0, note: '隐藏的工作表，未读取' },
    ]);
    expect(errorsOf(report)).toEqual([['判断题', 3, ['缺少答案']]]);
    const stored = await commitFile(cloud, fileId);
    expect([...stored.keys()].sort()).toEqual(['2-2', '2-3', '3-2', '4-2']);
    expect(questionContent(stored.get('2-3'))).toMatchObject({
      type: 'single',
      options: ['工会', '车间', '班组'],
      answer: [0],
    });
    expect(questionContent(stored.get('3-2'))).toMatchObject({ type: 'multiple', answer: [0, 1, 2] });
    expect(questionContent(stored.get('4-2'))).toMatchObject({
      type: 'judge',
      stem: '分表判断一：工会经费可以挪作他用。',
      options: ['正确', '错误'],
      answer: [1],
    });
  });
});

describe('the header wherever the office put it', () => {
  it('below a title and a date line, over two rows with 选项 merged over A-D', async () => {
    const file = await oneSheet(
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
    const { fileId, report } = await checkFile(cloud, file);
    expect(report).toMatchObject({ totalRows: 2, goodRows: 2, errors: [], warnings: [] });
    const stored = await commitFile(cloud, fileId);
    expect(questionContent(stored.get('1-5'))).toEqual({
      type: 'single',
      stem: '两行表头题：安全帽的作用是？',
      options: ['防护头部', '装饰', '防晒', '通讯'],
      answer: [0],
      category: '安全生产',
    });
    expect(questionContent(stored.get('1-6'))).toMatchObject({
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
    const { fileId, report } = await checkFile(
      cloud,
      await oneSheet('Sheet1', [header as string[], ['单选', stem, '甲', '乙', 'B']]),
    );
    expect(report).toMatchObject({ goodRows: 1, errors: [] });
    expect(questionContent((await commitFile(cloud, fileId)).get('1-2'))).toMatchObject({
      stem,
      options: ['甲', '乙'],
      answer: [1],
    });
  });
});

describe('options A-H, full width, spacing', () => {
  it('keeps options G and H, reads full-width letters and digits, trims padding', async () => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const { fileId, report } = await checkFile(
      cloud,
      await oneSheet('题库', [
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
    const stored = await commitFile(cloud, fileId);
    expect(questionContent(stored.get('1-2'))).toMatchObject({ options: letters.map((l) => `第${l}项`), answer: [7] });
    expect(questionContent(stored.get('1-3'))).toMatchObject({ type: 'multiple', answer: [0, 2, 4, 6] });
    expect(stored.get('1-4')).toMatchObject({
      type: 'single',
      stem: '2021年修正的《工会法》共有几章？',
      options: ['7章', '8章'],
      answer: [1],
      difficulty: 3,
      category: '法律法规',
    });
    expect(questionContent(stored.get('1-5'))).toMatchObject({ type: 'judge', answer: [0] });
  });
});
