/**
 * A cell as the clerk sees it in Excel or WPS: the formatted text (number formats applied), rich
 * text and links as their words, formula results, merged cells as their top-left cell. Also says
 * when what is shown differs from the stored number, so the import can tell the clerk it read the
 * shown form, and when the cell holds a WPS picture (=DISPIMG), which the import cannot take.
 */
import type { Cell } from './workbook';
import { formatValue, general } from './number-format';

export interface ShownCell {
  text: string;
  /** The stored number or date, when the sheet shows it differently (0.005 shown as 0.5%). */
  raw?: string;
  /** A picture placed in the cell (WPS 嵌入单元格图片), not text. */
  picture: boolean;
}

/** exceljs names Excel's built-in date format 14 by its US form; a Chinese Excel shows it as 2024/2/3. */
const LOCAL_FORMATS: Record<string, string> = { 'mm-dd-yy': 'yyyy/m/d', 'm/d/yy "h":mm': 'yyyy/m/d h:mm' };

const PICTURE = /DISPIMG\s*\(/i;

export function shownCell(cell: Cell): ShownCell {
  const source = cell.isMerged ? cell.master : cell;
  const fmt = source.numFmt ? (LOCAL_FORMATS[source.numFmt] ?? source.numFmt) : undefined;
  return shown(source.value, fmt);
}

function shown(value: unknown, fmt: string | undefined): ShownCell {
  if (value === null || value === undefined) return { text: '', picture: false };
  if (typeof value === 'number' || value instanceof Date) {
    const text = formatValue(value, fmt);
    const plain = value instanceof Date ? value.toISOString() : general(value);
    return text === plain
      ? { text, picture: false }
      : { text, raw: value instanceof Date ? '日期' : plain, picture: false };
  }
  if (typeof value === 'string') return { text: value, picture: /^=\s*(_xlfn\.)?DISPIMG\s*\(/i.test(value.trim()) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', picture: false };
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[];
      text?: unknown;
      formula?: string;
      sharedFormula?: string;
      result?: unknown;
      error?: string;
    };
    if (Array.isArray(v.richText)) return { text: v.richText.map((r) => r.text).join(''), picture: false };
    const formula = v.formula ?? v.sharedFormula;
    if (formula !== undefined) {
      if (PICTURE.test(formula)) return { text: '', picture: true };
      return shown(v.result, fmt);
    }
    if (v.text !== undefined) return shown(v.text, fmt);
    if (v.error !== undefined) return { text: String(v.error), picture: false };
  }
  return { text: String(value), picture: false };
}
