import { AppError } from '../../../domain/errors';

/** One data row of the roster sheet as typed, before any checking. `row` is the sheet's row number. */
export interface SheetRow {
  row: number;
  name: string;
  employeeNo: string;
  phone: string;
  unitCode: string;
}

export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 5000;

type Field = Exclude<keyof SheetRow, 'row'>;

/** Header words an office might type for each column (first sheet, first non-empty row). */
const HEADERS: Record<Field, string[]> = {
  name: ['姓名', '名字', 'name'],
  employeeNo: ['工号', '员工编号', '职工编号', 'employeeno', 'employee no', 'employee_no'],
  phone: ['手机号', '手机', '手机号码', '联系电话', '电话', 'phone', 'mobile'],
  unitCode: ['单位编码', '单位代码', '组织编码', 'unitcode', 'unit code', 'unit_code'],
};

const HEADER_LABELS: Record<Field, string> = { name: '姓名', employeeNo: '工号', phone: '手机号', unitCode: '单位编码' };

/** A cell's value as the person typed it: numbers (phones typed as numbers), rich text, formula results. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value).trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('').trim();
    if (v.text !== undefined) return text(v.text);
    if (v.result !== undefined) return text(v.result);
  }
  return '';
}

/**
 * Reads the roster's first sheet. exceljs is installed beside the function (not bundled) and
 * required here, on first use, so the member function's other actions (home, me) never load it at
 * cold start. A plain require, not import(): the function is CommonJS, and a dynamic import() of an
 * external would run through the ESM loader.
 */
export async function readRosterSheet(content: Buffer): Promise<SheetRow[]> {
  if (content.length > MAX_ROSTER_BYTES) throw new AppError('BAD_REQUEST', '文件过大（不能超过5MB），请分批导入');
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new AppError('BAD_REQUEST', '无法读取该文件，请上传 .xlsx 格式的名册');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('BAD_REQUEST', '名册中没有工作表');

  let columns: Record<Field, number> | null = null;
  const out: SheetRow[] = [];
  let problem: AppError | null = null;
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (problem) return;
    const values = (r.values as unknown[]).map(text);
    if (values.every((v) => !v)) return;
    if (!columns) {
      columns = headerColumns(values);
      if (!columns) {
        const labels = Object.values(HEADER_LABELS).join('、');
        problem = new AppError('BAD_REQUEST', `第${rowNumber}行应为表头：${labels}`);
      }
      return;
    }
    if (out.length >= MAX_ROSTER_ROWS) {
      problem = new AppError('BAD_REQUEST', `名册超过${MAX_ROSTER_ROWS}行，请分批导入`);
      return;
    }
    const c = columns;
    out.push({ row: rowNumber, name: values[c.name] ?? '', employeeNo: values[c.employeeNo] ?? '', phone: values[c.phone] ?? '', unitCode: values[c.unitCode] ?? '' });
  });
  if (problem) throw problem;
  if (!columns) throw new AppError('BAD_REQUEST', '名册是空的');
  return out;
}

/** Column index of each field from the header row, or null if one is missing. */
function headerColumns(values: string[]): Record<Field, number> | null {
  const found: Partial<Record<Field, number>> = {};
  values.forEach((v, i) => {
    const key = v.replace(/\s+/g, ' ').trim().toLowerCase();
    for (const field of Object.keys(HEADERS) as Field[]) {
      if (found[field] === undefined && HEADERS[field].includes(key)) found[field] = i;
    }
  });
  return (Object.keys(HEADERS) as Field[]).every((f) => found[f] !== undefined) ? (found as Record<Field, number>) : null;
}
