/** Writes questions in the import layout: the export and the template are read back by the import. */
import { SHEET_COLUMNS, TEMPLATE_EXAMPLES, questionCells, type QuestionContent, type SheetColumn } from '../../../domain/rules/question-import';
import { newWorkbook, styleHeader, toBuffer } from './excel';

const WIDTHS: Partial<Record<SheetColumn, number>> = { 题型: 8, 题目: 60, 答案: 8, 解析: 60, 分类: 12, 难度: 6, 出处: 36, 标签: 20 };

const HOW_TO = [
  '题型：单选、多选或判断。',
  '题目：题干文字，必填。',
  '选项A-F：单选、多选题依次填写，至少两个，中间不能留空；判断题不用填写选项。',
  '答案：选择题填选项字母，如 A 或 ABD；判断题填“正确”或“错误”（也可写对/错、√/×）。',
  '解析、出处：选填，出处写明法律名称和条款，如《中华人民共和国工会法》（2021年修正）第二条。',
  '分类：必填，如 政策理论、日常业务、法律法规、心理疏导，也可用本单位自己的分类。',
  '难度：易、中、难，或 1、2、3；不填按“中”。',
  '标签：选填，多个标签用顿号分隔。',
  '导入时会先检查每一行：有问题的行会列出行号和原因，确认后只导入没有问题的行。',
];

export async function questionWorkbook(questions: readonly QuestionContent[], withHowTo: boolean): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('题库');
  sheet.columns = SHEET_COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 16 }));
  for (const q of questions) sheet.addRow(questionCells(q));
  sheet.getColumn('题目').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('解析').alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
  if (withHowTo) {
    const help = wb.addWorksheet('填写说明');
    help.columns = [{ header: '填写说明', key: 'text', width: 100 }];
    HOW_TO.forEach((text) => help.addRow({ text }));
    styleHeader(help);
  }
  return toBuffer(wb);
}

export const templateWorkbook = (): Promise<Buffer> => questionWorkbook(TEMPLATE_EXAMPLES, true);
