/** Writes questions in the import layout: the export and the template are read back by the import. */
import {
  SHEET_COLUMNS,
  questionCells,
  type QuestionCells,
  type QuestionContent,
  type SheetColumn,
} from '../../../domain/rules/question-import';
import { TEMPLATE_EXAMPLES, TEMPLATE_HOW_TO } from '../../../domain/rules/question-template';
import { sheet, writeWorkbook } from '../../sheets/write';

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

export function questionWorkbook(questions: readonly QuestionContent[], withHowTo: boolean): Promise<Buffer> {
  return writeWorkbook(
    [
      sheet({
        name: '题库',
        columns: SHEET_COLUMNS.map((c) => ({
          header: c,
          width: WIDTHS[c] ?? 16,
          value: (cells: QuestionCells) => cells[c],
          // Text cells, so a 工号-like option or a date typed later is kept as typed.
          numFmt: '@',
          wrap: c === '题目' || c === '解析',
        })),
        rows: questions.map(questionCells),
      }),
    ],
    withHowTo ? TEMPLATE_HOW_TO : undefined,
  );
}

export const templateWorkbook = (): Promise<Buffer> => questionWorkbook(TEMPLATE_EXAMPLES, true);
