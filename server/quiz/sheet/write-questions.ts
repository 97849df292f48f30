/** Writes questions in the import layout: the export and the template are read back by the import. */
import {
  SHEET_COLUMNS,
  questionCells,
  type QuestionContent,
  type SheetColumn,
} from '../../../domain/rules/question-import';
import { TEMPLATE_EXAMPLES, TEMPLATE_HOW_TO } from '../../../domain/rules/question-template';
import { addHowTo, newWorkbook, styleHeader, toBuffer } from '../../lib/sheets/workbook';

const WIDTHS: Partial<Record<SheetColumn, number>> = {
  题型: 8,
  题目: 60,
  答案: 8,
  解析: 60,
  分类: 12,
  难度: 6,
  出处: 36,
  标签: 20,
};

export async function questionWorkbook(questions: readonly QuestionContent[], withHowTo: boolean): Promise<Buffer> {
  const wb = newWorkbook();
  const sheet = wb.addWorksheet('题库');
  sheet.columns = SHEET_COLUMNS.map((c) => ({ header: c, key: c, width: WIDTHS[c] ?? 16 }));
  for (const q of questions) sheet.addRow(questionCells(q));
  // Text cells, so a 工号-like option or a date typed later is kept as typed.
  sheet.columns.forEach((c) => (c.numFmt = '@'));
  sheet.getColumn('题目').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('解析').alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
  if (withHowTo) addHowTo(wb, TEMPLATE_HOW_TO);
  return toBuffer(wb);
}

export const templateWorkbook = (): Promise<Buffer> => questionWorkbook(TEMPLATE_EXAMPLES, true);
