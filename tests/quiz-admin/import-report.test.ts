/**
 * What the question import's report tells the clerk about banks as offices really keep them: judge
 * questions whose options say what A and B mean, template examples, numbering and letter prefixes,
 * WPS pictures, hidden rows, generic stems and re-typed duplicates. Each test asserts row by row what
 * was stored and what the report said. Layouts (formats, sheets, headers, options) are in
 * import-messy.test.ts.
 */
import { cloudForFile } from '../support/cloud';
import { PERSONAS } from '../../demo/union';
import type { CellSpec } from '../support/workbook';
import { storedQuestions } from '../quiz/support';
import { checkFile, commitFile, errorsOf, oneSheet, questionContent, warningsOf } from './support-import';

const ORG = PERSONAS.organizer.openid;
const cloud = cloudForFile();

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
    const { fileId, report } = await checkFile(cloud, await oneSheet('判断', rows));
    expect(errorsOf(report)).toEqual([
      ['判断', 6, ['判断题答案是字母B，但没有选项文字，无法确定是正确还是错误：请填写“正确”或“错误”']],
      ['判断', 7, ['答案C不在选项中']],
      ['判断', 8, ['判断题的选项应为“正确”和“错误”（或对/错、√/×）：选项A“正确”、选项B“不确定”']],
    ]);
    expect(warningsOf(report)).toEqual([[2, ['判断题的选项A是“错误”、选项B是“正确”，答案B按“正确”导入']]]);
    const stored = await commitFile(cloud, fileId);
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
    const { fileId, report } = await checkFile(
      cloud,
      await oneSheet(
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
    const stored = await commitFile(cloud, fileId);
    expect([...stored.keys()].sort()).toEqual(['1-3', '1-8']);
    expect(questionContent(stored.get('1-3'))).toMatchObject({
      stem: '报告题：哪部法律规定了工会的权利？',
      options: ['工会法', '劳动法', '安全生产法', '民法典'],
      answer: [0],
    });
    expect(questionContent(stored.get('1-8'))).toMatchObject({
      type: 'judge',
      stem: '1.5倍的加班工资说法正确。',
      answer: [1],
    });
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
    const { fileId, report } = await checkFile(cloud, await oneSheet('题库', rows));
    expect(errorsOf(report)).toEqual([['题库', 4, ['与第2行重复']]]);
    const stored = await commitFile(cloud, fileId);
    expect([...stored.keys()].sort()).toEqual(['1-2', '1-3', '1-5']);
    expect(stored.get('1-3')).toMatchObject({ stem: GENERIC, options: ['职代会每年至少召开一次', '职代会可以不召开'] });
    expect((await storedQuestions(cloud)).length).toBe(before + 3);
    // The same chunk again (a dropped connection), then the same content as a new upload.
    await cloud.ok(ORG, 'quizAdmin', 'importQuestions', { fileId, commit: true, cursor: 0 });
    const again = await checkFile(cloud, await oneSheet('题库', rows));
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
