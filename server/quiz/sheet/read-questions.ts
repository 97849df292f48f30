/** Reads a question bank spreadsheet into rows of cell texts; judging the rows is domain/rules/question-import. */
import { IMPORT_MAX_ROWS } from '../../../domain/contract/quiz-admin';
import { AppError } from '../../../domain/errors';
import { REQUIRED_COLUMNS, SHEET_COLUMNS, headerColumns, type QuestionCells, type SheetColumn } from '../../../domain/rules/question-import';
import { cellText, newWorkbook } from './excel';

export interface QuestionSheetRow {
  /** The sheet's row number, as the organizer sees it in Excel. */
  row: number;
  cells: QuestionCells;
}

/** The first sheet: its first non-empty row is the header, every later non-empty row a question. */
export async function readQuestionSheet(content: Buffer): Promise<QuestionSheetRow[]> {
  const wb = newWorkbook();
  try {
    await wb.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_REQUEST', '无法读取该文件，请上传 .xlsx 格式的题库（可先下载模板）');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new AppError('BAD_REQUEST', '文件中没有工作表');

  let columns: Partial<Record<SheetColumn, number>> | null = null;
  let problem: AppError | null = null;
  const out: QuestionSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (problem) return;
    const values = (r.values as unknown[]).map(cellText);
    if (values.every((v) => !v)) return;
    if (!columns) {
      const found = headerColumns(values);
      if (found.missing.length) problem = new AppError('BAD_REQUEST', `第${rowNumber}行应为表头，缺少：${found.missing.join('、')}（必填列：${REQUIRED_COLUMNS.join('、')}）`);
      columns = found.columns;
      return;
    }
    if (out.length >= IMPORT_MAX_ROWS) {
      problem = new AppError('BAD_REQUEST', `题目超过${IMPORT_MAX_ROWS}行，请分批导入`);
      return;
    }
    const c = columns;
    const cells = Object.fromEntries(SHEET_COLUMNS.map((col) => [col, c[col] === undefined ? '' : values[c[col]!] ?? ''])) as QuestionCells;
    out.push({ row: rowNumber, cells });
  });
  if (problem) throw problem;
  if (!columns) throw new AppError('BAD_REQUEST', '文件是空的');
  return out;
}
