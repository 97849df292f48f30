/**
 * The spreadsheet layout unions already keep their question banks in, read and written by one rule:
 * 题型, 题目, 选项A-F, 答案, 解析, 分类, 难度, 出处 (and an optional 标签). A row becomes a question or
 * a list of reasons; a question becomes a row again, so an exported bank imports back unchanged.
 * The same checks judge a question typed into the bank's form.
 */
import type { QuestionType } from '../contract/quiz-model';

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export const SHEET_COLUMNS = ['题型', '题目', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '分类', '难度', '出处', '标签'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
export type QuestionCells = Record<SheetColumn, string>;

/** Columns a file cannot do without; the others may be absent (read as empty). */
export const REQUIRED_COLUMNS: SheetColumn[] = ['题型', '题目', '答案'];

/** Other header words offices use for the same column. */
const HEADER_ALIASES: Partial<Record<SheetColumn, string[]>> = {
  题型: ['题目类型', '类型'],
  题目: ['题干', '试题', '题目内容'],
  答案: ['正确答案', '标准答案'],
  解析: ['答案解析', '试题解析', '说明'],
  分类: ['题目分类', '类别', '科目'],
  难度: ['难易程度', '难易度'],
  出处: ['依据', '来源', '法条依据'],
  标签: ['关键词'],
};

export const JUDGE_OPTIONS = ['正确', '错误'] as const;

export const LIMITS = { stem: 500, option: 200, explanation: 1000, source: 100, category: 20, tag: 20, tags: 10 } as const;

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

export type RowVerdict = { ok: true; question: QuestionContent } | { ok: false; reasons: string[] };

const squash = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/**
 * Which column holds what, from the header row (cell texts by column index). Missing required
 * columns are named so the organizer knows what to fix.
 */
export function headerColumns(values: readonly string[]): { columns: Partial<Record<SheetColumn, number>>; missing: SheetColumn[] } {
  const columns: Partial<Record<SheetColumn, number>> = {};
  values.forEach((raw, i) => {
    const v = squash(raw ?? '');
    if (!v) return;
    for (const col of SHEET_COLUMNS) {
      if (columns[col] !== undefined) continue;
      const words = [col, ...(HEADER_ALIASES[col] ?? [])].map(squash);
      // "A" alone (or "选项 A") also names an option column.
      const optionLetter = col.startsWith('选项') ? col.slice(2).toLowerCase() : null;
      if (words.includes(v) || (optionLetter !== null && v === optionLetter)) {
        columns[col] = i;
        return;
      }
    }
  });
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => columns[c] === undefined) };
}

export function parseType(cell: string): QuestionType | null {
  const v = squash(cell).replace(/题$/, '');
  if (['单选', '单项选择', '单选择', 'single'].includes(v)) return 'single';
  if (['多选', '多项选择', '多选择', 'multiple'].includes(v)) return 'multiple';
  if (['判断', '是非', 'judge'].includes(v)) return 'judge';
  return null;
}

export function parseDifficulty(cell: string): 1 | 2 | 3 | null {
  const v = squash(cell);
  if (['', '中', '中等', '一般', '适中', '2'].includes(v)) return 2;
  if (['易', '简单', '容易', '1'].includes(v)) return 1;
  if (['难', '困难', '较难', '3'].includes(v)) return 3;
  return null;
}

const JUDGE_TRUE = ['正确', '对', '√', '✓', '✔', '是', 't', 'true', 'y', 'a'];
const JUDGE_FALSE = ['错误', '错', '×', '✗', '✘', 'x', '否', 'f', 'false', 'n', 'b'];

/** 判断: 正确/错误 (also 对/错, √/×, A/B for files that list the two as options). */
export function parseJudgeAnswer(cell: string): 0 | 1 | null {
  const v = squash(cell);
  if (JUDGE_TRUE.includes(v)) return 0;
  if (JUDGE_FALSE.includes(v)) return 1;
  return null;
}

/** Letters like A, ABD, "A,B,D" or "a、b" → sorted distinct letters; null when anything else is there. */
export function parseLetters(cell: string): string[] | null {
  const v = cell.normalize('NFKC').replace(/[\s,，、;；/]+/g, '').toUpperCase();
  if (!v || !/^[A-Z]+$/.test(v)) return null;
  return [...new Set(v.split(''))].sort();
}

export function splitTags(cell: string): string[] {
  return [...new Set(cell.split(/[,，、;；\s]+/).map((t) => t.trim()).filter(Boolean))];
}

const tooLong = (label: string, value: string, max: number): string | null => ([...value].length > max ? `${label}不能超过${max}个字` : null);

/**
 * What is wrong with a question (empty when nothing): the checks an imported row and the bank's
 * form share. Options: 2-6 for choice questions, exactly 正确/错误 for 判断; the answer among them.
 */
export function questionProblems(q: QuestionContent): string[] {
  const out: string[] = [];
  if (!q.stem.trim()) out.push('缺少题目');
  if (!q.category.trim()) out.push('缺少分类');
  if (q.type === 'judge') {
    if (q.options.length !== 2 || q.options[0] !== JUDGE_OPTIONS[0] || q.options[1] !== JUDGE_OPTIONS[1]) out.push('判断题的选项应为“正确、错误”');
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

/** One data row of the sheet (cells already as trimmed text) → a question, or every reason it is not one. */
export function parseQuestionRow(cells: QuestionCells): RowVerdict {
  const reasons: string[] = [];
  const typeCell = cells['题型'].trim();
  const type = parseType(typeCell);
  if (!typeCell) reasons.push('缺少题型');
  else if (!type) reasons.push(`未知的题型：${typeCell.slice(0, 10)}（应为单选、多选或判断）`);
  const stem = cells['题目'].trim();
  if (!stem) reasons.push('缺少题目');
  const difficulty = parseDifficulty(cells['难度']);
  if (difficulty === null) reasons.push(`难度应为易、中、难或1-3：${cells['难度'].slice(0, 10)}`);
  const answerCell = cells['答案'].trim();

  let options: string[] = [];
  let answer: number[] = [];
  if (type === 'judge') {
    options = [...JUDGE_OPTIONS];
    const a = parseJudgeAnswer(answerCell);
    if (!answerCell) reasons.push('缺少答案');
    else if (a === null) reasons.push(`判断题答案应为正确或错误（对/错、√/×）：${answerCell.slice(0, 10)}`);
    else answer = [a];
  } else if (type) {
    const given = OPTION_LETTERS.map((l) => cells[`选项${l}` as SheetColumn].trim());
    const last = given.reduce((n, o, i) => (o ? i : n), -1);
    options = given.slice(0, last + 1);
    const gap = options.findIndex((o) => !o);
    if (gap >= 0) reasons.push(`选项${OPTION_LETTERS[gap]}为空，但后面还有选项`);
    const letters = parseLetters(answerCell);
    if (!answerCell) reasons.push('缺少答案');
    else if (!letters) reasons.push(`答案应为选项字母，如A或ABD：${answerCell.slice(0, 10)}`);
    else {
      const missing = letters.filter((l) => !OPTION_LETTERS.slice(0, options.length).includes(l as (typeof OPTION_LETTERS)[number]));
      if (missing.length) reasons.push(`答案${missing.join('')}不在选项中`);
      else answer = letters.map((l) => OPTION_LETTERS.indexOf(l as (typeof OPTION_LETTERS)[number]));
    }
  }
  if (reasons.length > 0 || !type || difficulty === null) return { ok: false, reasons: unique(reasons) };

  const question: QuestionContent = {
    type,
    stem,
    options,
    answer,
    explanation: cells['解析'].trim(),
    source: cells['出处'].trim(),
    category: cells['分类'].trim(),
    difficulty,
    tags: splitTags(cells['标签']),
  };
  // The shared checks, minus what was already said about this row.
  const more = questionProblems(question).filter((p) => !(answer.length === 0 && p.startsWith('答案')));
  return more.length ? { ok: false, reasons: unique(more) } : { ok: true, question };
}

const unique = (xs: string[]): string[] => [...new Set(xs)];

/** A question as a sheet row: the inverse of parseQuestionRow. */
export function questionCells(q: QuestionContent): QuestionCells {
  const cells = Object.fromEntries(SHEET_COLUMNS.map((c) => [c, ''])) as QuestionCells;
  cells['题型'] = TYPE_CELL[q.type];
  cells['题目'] = q.stem;
  if (q.type !== 'judge') q.options.forEach((o, i) => (cells[`选项${OPTION_LETTERS[i]}` as SheetColumn] = o));
  cells['答案'] = q.type === 'judge' ? JUDGE_OPTIONS[q.answer[0] ?? 0] : q.answer.map((i) => OPTION_LETTERS[i]).join('');
  cells['解析'] = q.explanation;
  cells['分类'] = q.category;
  cells['难度'] = DIFFICULTY_LABELS[q.difficulty];
  cells['出处'] = q.source;
  cells['标签'] = q.tags.join('、');
  return cells;
}

/**
 * Two questions are the same when their type and stem match, ignoring spacing, punctuation, case
 * and full-width/half-width forms: a bank re-typed by hand still collides.
 */
export function duplicateKey(type: QuestionType, stem: string): string {
  return `${type}|${stem.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()}`;
}

/** Example rows for the downloadable template: one of each type, filled in as an office would. */
export const TEMPLATE_EXAMPLES: QuestionContent[] = [
  {
    type: 'single',
    stem: '《工会法》规定，工会是中国共产党领导的职工自愿结合的（　）。',
    options: ['工人阶级的群众组织', '社会团体', '行政机关', '事业单位'],
    answer: [0],
    explanation: '《工会法》第二条：工会是中国共产党领导的职工自愿结合的工人阶级群众组织，是中国共产党联系职工群众的桥梁和纽带。',
    source: '《中华人民共和国工会法》（2021年修正）第二条',
    category: '法律法规',
    difficulty: 1,
    tags: ['工会法'],
  },
  {
    type: 'multiple',
    stem: '（示例）下列属于工会送温暖、办实事服务的有（　）。',
    options: ['夏送清凉', '金秋助学', '冬送温暖', '年终绩效考核'],
    answer: [0, 1, 2],
    explanation: '示例题：请替换为本单位的题目和解析。',
    source: '',
    category: '日常业务',
    difficulty: 2,
    tags: ['示例'],
  },
  {
    type: 'judge',
    stem: '（示例）判断题的答案填写“正确”或“错误”，也可以写对/错、√/×。',
    options: [...JUDGE_OPTIONS],
    answer: [0],
    explanation: '示例题：请替换为本单位的题目和解析。',
    source: '',
    category: '日常业务',
    difficulty: 1,
    tags: ['示例'],
  },
];
