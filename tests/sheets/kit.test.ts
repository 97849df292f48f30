/**
 * The sheet kit's pure parts: numbers as a number format shows them, text made comparable, and the
 * header found wherever it is. The import tests (tests/quiz-admin, tests/member) cover the rest
 * through the built functions.
 */
import { formatValue } from '../../server/sheets/number-format';
import { findHeader, type SheetLayout } from '../../server/sheets/header';
import { cleanCode, cleanName, cleanPhone, cleanText, headerKey } from '../../domain/rules/sheet-text';

const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('a value as its number format shows it', () => {
  it.each<[number | Date, string | undefined, string]>([
    [0.005, '0.0%', '0.5%'],
    [0.5, '0%', '50%'],
    [1000, '0"元"', '1000元'],
    [123, '000000', '000123'],
    [13905461007, undefined, '13905461007'],
    [13905461007, '000-0000-0000', '139-0546-1007'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0, '#,##0', '0'],
    [12345.678, '¥#,##0.00', '¥12,345.68'],
    [1234.5, '[$¥-804]#,##0.0', '¥1,234.5'],
    [1.005, '0.00', '1.01'],
    [0.1 + 0.2, 'General', '0.3'],
    [3, '0.0#', '3.0'],
    [-5, '0;(0)', '(5)'],
    [0, '0;-0;"零"', '零'],
    [1500, '#,"千"', '2千'],
    [123456, '0.00E+00', '1.23E+05'],
    [0.5, '# ?/?', '1/2'],
    [1.5, '# ?/?', '1 1/2'],
    [day(1925, 5, 1), 'yyyy"年"m"月"d"日"', '1925年5月1日'],
    [day(2024, 2, 3), 'm"月"d"日"', '2月3日'],
    [day(2024, 2, 3), 'yyyy/m/d', '2024/2/3'],
    [day(2024, 2, 3), 'General', '2024/2/3'],
    [45325, 'm"月"d"日"', '2月3日'],
    [day(2024, 2, 3, 14, 5), 'yyyy-mm-dd hh:mm', '2024-02-03 14:05'],
    [day(2024, 2, 3, 14, 5), '上午/下午 h"时"mm"分"', '下午 2时05分'],
    [day(2024, 2, 3), 'aaaa', '星期六'],
  ])('%p under %p shows %p', (value, fmt, shown) => {
    expect(formatValue(value, fmt)).toBe(shown);
  });
});

describe('text made comparable', () => {
  it.each([
    ['王　芳', '王芳'],
    [' 王 芳 ', '王芳'],
    ['阿依古丽．买买提', '阿依古丽·买买提'],
    ['阿依古丽 · 买买提', '阿依古丽·买买提'],
    ['Li  Ming', 'Li Ming'],
  ])('name %p → %p', (typed, stored) => expect(cleanName(typed)).toBe(stored));

  it.each([
    ['+86 139 0546 1007', '13905461007'],
    ['139-0546-1007', '13905461007'],
    ['(86)13905461007', '13905461007'],
    ['0086 13905461007', '13905461007'],
    ['１３９０５４６１００７', '13905461007'],
  ])('phone %p → %p', (typed, stored) => expect(cleanPhone(typed)).toBe(stored));

  it('codes, free text and headers', () => {
    expect(cleanCode('ＱＨ２００１８')).toBe('QH20018');
    expect(cleanCode('qh01－01—01 ')).toBe('QH01-01-01');
    // Free text keeps Chinese punctuation and the blank of a stem; only letters and digits fold.
    expect(cleanText('  ２０２１年修正的《工会法》（　）。\r\n  第二行  ')).toBe(
      '2021年修正的《工会法》（　）。\n第二行',
    );
    expect(['*题型', '题目（必填）', '姓  名', '答案(选填)', '正确答案：', '选项Ａ'].map(headerKey)).toEqual([
      '题型',
      '题目',
      '姓名',
      '答案',
      '正确答案',
      '选项a',
    ]);
  });
});

describe('the header wherever it is', () => {
  type F = 'stem' | 'a' | 'b' | 'answer';
  const layout: SheetLayout<F> = {
    what: '题目',
    fields: [
      { key: 'stem', label: '题目', names: ['题干'] },
      { key: 'a', label: '选项A', names: ['A'] },
      { key: 'b', label: '选项B', names: ['B'] },
      { key: 'answer', label: '答案', names: ['参考答案'] },
    ],
    required: () => [
      { label: '题目', anyOf: ['stem'] },
      { label: '答案', anyOf: ['answer'] },
    ],
  };
  const grid = (rows: string[][]) => rows.map((texts, i) => ({ row: i + 1, texts: ['', ...texts] }));

  it('below a title, over two rows (选项 merged over A and B)', () => {
    const h = findHeader(
      grid([
        ['题库（2024）', '题库（2024）', '题库（2024）', '题库（2024）'],
        ['题干', '选项', '选项', '参考答案'],
        ['题干', 'A', 'B', '参考答案'],
        ['一题', '甲', '乙', 'A'],
      ]),
      'x',
      layout,
    );
    expect(h).toMatchObject({ firstRow: 2, lastRow: 3, columns: { stem: 1, a: 2, b: 3, answer: 4 }, missing: [] });
  });

  it('a data row under a one-row header is data, even when a cell reads like a header word', () => {
    const h = findHeader(
      grid([
        ['题干', '选项A', '选项B', '答案'],
        ['一题', '甲', '乙', 'A'],
      ]),
      'x',
      layout,
    );
    expect(h).toMatchObject({ lastRow: 1, columns: { stem: 1, a: 2, b: 3, answer: 4 } });
  });

  it('names what a near miss lacks, and nothing for a sheet of prose', () => {
    expect(findHeader(grid([['题干', '选项A', '选项B']]), 'x', layout)).toMatchObject({ missing: ['答案'] });
    expect(findHeader(grid([['填写说明'], ['答案填字母']]), 'x', layout)).toBeNull();
  });
});
