/**
 * A question as the bank keeps it, and the spreadsheet layout unions keep their banks in:
 * 题型, 题目, 选项A-H, 答案, 解析, 分类, 难度, 出处, 标签. The checks a question must pass, typed into the
 * bank's form or imported (domain/rules/question-row reads one sheet row); a question as a row again,
 * so an exported bank imports back unchanged.
 */
import type { QuestionType } from '../contract/quiz-model';
import { cleanCode, cleanText, cleanWord } from './sheet-text';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type OptionLetter = (typeof OPTION_LETTERS)[number];

export const OPTION_COLUMNS = OPTION_LETTERS.map((l) => `选项${l}` as const);
export type OptionColumn = (typeof OPTION_COLUMNS)[number];

export const SHEET_COLUMNS = [
  '题型',
  '题目',
  ...OPTION_COLUMNS,
  '答案',
  '解析',
  '分类',
  '难度',
  '出处',
  '标签',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
export type QuestionCells = Record<SheetColumn, string>;

/** Header words offices use for each column; markers (`*`, （必填）), spaces and width are ignored. */
export const HEADER_NAMES: Record<SheetColumn, readonly string[]> = {
  题型: ['题目类型', '试题类型', '类型', '题类'],
  题目: ['题干', '试题', '题目内容', '试题内容', '题干内容', '问题', '试题题干'],
  ...(Object.fromEntries(OPTION_LETTERS.map((l) => [`选项${l}`, [l, `${l}选项`, `选项 ${l}`, `答案${l}`]])) as Record<
    OptionColumn,
    string[]
  >),
  答案: ['正确答案', '参考答案', '标准答案', '答案选项', '试题答案'],
  解析: ['答案解析', '试题解析', '解释', '说明', '解题思路'],
  分类: ['题目分类', '试题分类', '类别', '科目', '题库分类', '知识点'],
  难度: ['难易程度', '难易度', '难度等级', '难度系数'],
  出处: ['依据', '来源', '法条依据', '出题依据', '参考依据'],
  标签: ['关键词', '关键字'],
};

/** Every file needs a stem and an answer; the type may come from the sheet's name instead (see sheetTypeOf). */
export const REQUIRED_COLUMNS: SheetColumn[] = ['题型', '题目', '答案'];

export const JUDGE_OPTIONS = ['正确', '错误'] as const;

/** A category for rows that name none: 分类 is optional in the file, never empty in the bank. */
export const UNCATEGORISED = '未分类';

export const LIMITS = {
  stem: 500,
  option: 200,
  explanation: 1000,
  source: 100,
  category: 20,
  tag: 20,
  tags: 10,
} as const;

export const DIFFICULTY_LABELS: Record<1 | 2 | 3, string> = { 1: '易', 2: '中', 3: '难' };

const TYPE_CELL: Record<QuestionType, string> = { single: '单选', multiple: '多选', judge: '判断' };

/** A question as the bank stores it, without ids, owner or status. */
export interface QuestionContent {
  type: QuestionType;
  stem: string;
  options: string[];
  /** Indexes into options. */
  answer: number[];
  explanation: string;
  source: string;
  category: string;
  difficulty: 1 | 2 | 3;
  tags: string[];
}

const TYPE_WORDS: Record<QuestionType, string[]> = {
  single: ['单选', '单项选择', '单选择', '单项', '单', 'single'],
  multiple: ['多选', '多项选择', '多选择', '不定项选择', '不定项', '多项', '多', 'multiple'],
  judge: ['判断', '是非', '对错', '判断正误', '判', 'judge'],
};

export function parseType(cell: string): QuestionType | null {
  const v = cleanWord(cell).replace(/题$/, '');
  for (const t of Object.keys(TYPE_WORDS) as QuestionType[]) if (TYPE_WORDS[t].includes(v)) return t;
  return null;
}

/** The type a sheet's name gives its rows (a bank split into 单选题 / 多选题 / 判断题 sheets). */
export function sheetTypeOf(sheetName: string): QuestionType | null {
  const v = cleanWord(sheetName);
  if (/多选|多项选择|不定项/.test(v)) return 'multiple';
  if (/单选|单项选择/.test(v)) return 'single';
  if (/判断|是非/.test(v)) return 'judge';
  return null;
}

export function parseDifficulty(cell: string): 1 | 2 | 3 | null {
  const v = cleanWord(cell);
  if (['', '中', '中等', '一般', '适中', '普通', '2', '二'].includes(v)) return 2;
  if (['易', '简单', '容易', '较易', '1', '一'].includes(v)) return 1;
  if (['难', '困难', '较难', '3', '三'].includes(v)) return 3;
  return null;
}

const JUDGE_TRUE = ['正确', '对', '√', '✓', '✔', '☑', '是', 't', 'true', 'y', 'yes', '1'];
const JUDGE_FALSE = ['错误', '错', '×', '✗', '✘', 'x', '☒', '否', 'f', 'false', 'n', 'no', '0'];

/** What a judge answer or option text means: true (正确, 对, √...), false (错误, 错, ×...), or null. */
export function judgeMeaning(cell: string): boolean | null {
  const v = cleanWord(cell).replace(/[。.!！]$/, '');
  if (JUDGE_TRUE.includes(v)) return true;
  if (JUDGE_FALSE.includes(v)) return false;
  return null;
}

/** Letters like A, ABD, "A,B,D" or "a、b" → sorted distinct letters; null when anything else is there. */
export function parseLetters(cell: string): string[] | null {
  const v = cleanCode(cell).replace(/[,，、;；/|和及与]+/g, '');
  if (!v || !/^[A-Z]+$/.test(v)) return null;
  return [...new Set(v.split(''))].sort();
}

export function splitTags(cell: string): string[] {
  return [
    ...new Set(
      cleanText(cell)
        .split(/[,，、;；\s]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

const tooLong = (label: string, value: string, max: number): string | null =>
  [...value].length > max ? `${label}不能超过${max}个字` : null;

/**
 * What is wrong with a question (empty when nothing): the checks an imported row and the bank's
 * form share. Options: 2-8 for choice questions, exactly 正确/错误 for 判断; the answer among them.
 */
export function questionProblems(q: QuestionContent): string[] {
  const out: string[] = [];
  if (!q.stem.trim()) out.push('缺少题目');
  if (!q.category.trim()) out.push('缺少分类');
  if (q.type === 'judge') {
    if (q.options.length !== 2 || q.options[0] !== JUDGE_OPTIONS[0] || q.options[1] !== JUDGE_OPTIONS[1])
      out.push('判断题的选项应为“正确、错误”');
    if (q.answer.length !== 1 || !(q.answer[0] === 0 || q.answer[0] === 1)) out.push('判断题的答案应为正确或错误');
  } else {
    if (q.options.length < 2) out.push('选择题至少需要两个选项');
    if (q.options.length > OPTION_LETTERS.length) out.push(`选项不能超过${OPTION_LETTERS.length}个`);
    q.options.forEach((o, i) => {
      if (!o.trim()) out.push(`选项${OPTION_LETTERS[i] ?? i + 1}为空`);
      const first = q.options.findIndex((x) => x.trim() === o.trim());
      if (o.trim() && first < i) out.push(`选项${OPTION_LETTERS[i]}与选项${OPTION_LETTERS[first]}相同`);
    });
    const outside = q.answer.filter((a) => !Number.isInteger(a) || a < 0 || a >= q.options.length);
    if (outside.length) out.push(`答案${outside.map((a) => OPTION_LETTERS[a] ?? String(a)).join('')}不在选项中`);
    else if (new Set(q.answer).size !== q.answer.length) out.push('答案有重复');
    if (q.type === 'single' && q.answer.length !== 1) out.push('单选题只能有一个答案');
    if (q.type === 'multiple' && q.answer.length < 2) out.push('多选题至少有两个正确答案');
  }
  const long = [
    tooLong('题目', q.stem, LIMITS.stem),
    ...q.options.map((o, i) => tooLong(`选项${OPTION_LETTERS[i] ?? i + 1}`, o, LIMITS.option)),
    tooLong('解析', q.explanation, LIMITS.explanation),
    tooLong('出处', q.source, LIMITS.source),
    tooLong('分类', q.category, LIMITS.category),
    ...q.tags.map((t) => tooLong(`标签“${t.slice(0, 8)}”`, t, LIMITS.tag)),
  ];
  out.push(...long.filter((p): p is string => p !== null));
  if (q.tags.length > LIMITS.tags) out.push(`标签不能超过${LIMITS.tags}个`);
  return out;
}

/** A question as a sheet row: what domain/rules/question-row reads back as the same question. */
export function questionCells(q: QuestionContent): QuestionCells {
  const cells = Object.fromEntries(SHEET_COLUMNS.map((c) => [c, ''])) as QuestionCells;
  cells['题型'] = TYPE_CELL[q.type];
  cells['题目'] = q.stem;
  if (q.type !== 'judge') q.options.forEach((o, i) => (cells[OPTION_COLUMNS[i]] = o));
  cells['答案'] =
    q.type === 'judge' ? JUDGE_OPTIONS[q.answer[0] ?? 0] : q.answer.map((i) => OPTION_LETTERS[i]).join('');
  cells['解析'] = q.explanation;
  cells['分类'] = q.category;
  cells['难度'] = DIFFICULTY_LABELS[q.difficulty];
  cells['出处'] = q.source;
  cells['标签'] = q.tags.join('、');
  return cells;
}

const comparable = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();

/**
 * Two questions are the same when type, stem and options match, ignoring spacing, punctuation, case,
 * width and the order of the options: a bank re-typed by hand still collides, while two different
 * questions under a generic stem (下列说法正确的是（　　）。) do not.
 */
export function duplicateKey(q: Pick<QuestionContent, 'type' | 'stem' | 'options'>): string {
  return [q.type, comparable(q.stem), ...q.options.map(comparable).sort()].join('|');
}
