/**
 * One row of a question sheet (shown cell texts) → a question, or every reason it is not one, plus
 * warnings for what was changed on the way (a numbering prefix stripped...). Never guesses: an
 * answer that contradicts its own options is a reason, not a choice made for the clerk.
 */
import type { QuestionType } from '../contract/quiz-model';
import {
  JUDGE_OPTIONS,
  OPTION_COLUMNS,
  OPTION_LETTERS,
  UNCATEGORISED,
  judgeMeaning,
  parseDifficulty,
  parseLetters,
  parseType,
  questionProblems,
  splitTags,
  type QuestionCells,
  type QuestionContent,
} from './question-import';
import { cleanText } from './sheet-text';

export type RowVerdict =
  { ok: true; question: QuestionContent; warnings: string[] } | { ok: false; reasons: string[]; warnings: string[] };

const short = (s: string, n = 12): string => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** `12、` `12.` `（12）` `第12题` in front of a stem; not `1.5倍` (a number) nor `2021年`. */
const STEM_NUMBER =
  /^(第\s*\d{1,4}\s*题\s*[、.．:：]?|[（(【[]\s*\d{1,4}\s*[）)】\]]|\d{1,4}\s*[、．:：)）]|\d{1,4}\.(?!\d))\s*/;

/** `A．` `A、` `A.` `A:` `(A)` `A)` in front of an option. */
const OPTION_LETTER = /^([（(]\s*([A-Ha-h])\s*[）)]|([A-Ha-h])\s*[、．.:：)）])\s*/;

function stripOption(text: string, letter: string): { text: string; stripped: boolean; other: string | null } {
  const m = OPTION_LETTER.exec(text);
  if (!m || !text.slice(m[0].length).trim()) return { text, stripped: false, other: null };
  const found = (m[2] ?? m[3]).toUpperCase();
  return found === letter
    ? { text: text.slice(m[0].length), stripped: true, other: null }
    : { text, stripped: false, other: found };
}

interface Options {
  texts: string[];
  reasons: string[];
  warnings: string[];
}

/** The option cells A-H: cleaned, a matching letter prefix stripped, gaps and shifted letters refused. */
function readOptions(cells: QuestionCells): Options {
  const reasons: string[] = [];
  let stripped = false;
  const given = OPTION_LETTERS.map((l, i) => {
    const s = stripOption(cleanText(cells[OPTION_COLUMNS[i]]), l);
    if (s.other) reasons.push(`选项${l}以“${s.other}”开头，选项可能错位，请检查`);
    stripped ||= s.stripped;
    return s.text;
  });
  const last = given.reduce((n, o, i) => (o ? i : n), -1);
  const texts = given.slice(0, last + 1);
  const gap = texts.findIndex((o) => !o);
  if (gap >= 0) reasons.push(`选项${OPTION_LETTERS[gap]}为空，但后面还有选项`);
  return { texts, reasons, warnings: stripped ? ['选项前的字母（如“A．”）已去掉'] : [] };
}

/**
 * 判断: the answer is decided by meaning. With option texts in the sheet, the answer letter points
 * at one, whose text must mean 正确 or 错误 (选项A=错误, 选项B=正确, 答案B is 正确); without them only a
 * word (正确/错误, 对/错, √/×) is an answer, since a bare A or B could mean either.
 */
function judgeAnswer(
  answerCell: string,
  opts: Options,
): { answer: number | null; reasons: string[]; warnings: string[] } {
  const reasons = [...opts.reasons];
  const warnings: string[] = [];
  const meanings = opts.texts.map(judgeMeaning);
  if (opts.texts.length > 0) {
    const ok = opts.texts.length === 2 && meanings[0] !== null && meanings[1] !== null && meanings[0] !== meanings[1];
    if (!ok)
      reasons.push(
        `判断题的选项应为“正确”和“错误”（或对/错、√/×）：${opts.texts.map((t, i) => `选项${OPTION_LETTERS[i]}“${short(t, 6)}”`).join('、')}`,
      );
  }
  if (!answerCell) return { answer: null, reasons: [...reasons, '缺少答案'], warnings };
  const word = judgeMeaning(answerCell);
  const letters = word === null ? parseLetters(answerCell) : null;
  if (word !== null) return { answer: reasons.length ? null : word ? 0 : 1, reasons, warnings };
  if (letters && letters.length === 1 && opts.texts.length === 0) {
    return {
      answer: null,
      reasons: [
        ...reasons,
        `判断题答案是字母${letters[0]}，但没有选项文字，无法确定是正确还是错误：请填写“正确”或“错误”`,
      ],
      warnings,
    };
  }
  if (letters && letters.length === 1) {
    const i = OPTION_LETTERS.indexOf(letters[0] as (typeof OPTION_LETTERS)[number]);
    if (i < 0 || i >= opts.texts.length)
      return { answer: null, reasons: [...reasons, `答案${letters[0]}不在选项中`], warnings };
    if (reasons.length) return { answer: null, reasons, warnings };
    const meaning = meanings[i]!;
    if (meanings[0] === false)
      warnings.push(
        `判断题的选项A是“${opts.texts[0]}”、选项B是“${opts.texts[1]}”，答案${letters[0]}按“${meaning ? '正确' : '错误'}”导入`,
      );
    return { answer: meaning ? 0 : 1, reasons, warnings };
  }
  if (letters) return { answer: null, reasons: [...reasons, '判断题只能有一个答案'], warnings };
  return {
    answer: null,
    reasons: [...reasons, `判断题答案应为正确或错误（对/错、√/×）：${short(answerCell, 10)}`],
    warnings,
  };
}

/** Choice questions: letters (A, ABD, A、C), or the exact text of one option. */
function choiceAnswer(
  answerCell: string,
  opts: Options,
): { answer: number[] | null; reasons: string[]; warnings: string[] } {
  const reasons = [...opts.reasons];
  if (!answerCell) return { answer: null, reasons: [...reasons, '缺少答案'], warnings: [] };
  const letters = parseLetters(answerCell);
  if (letters) {
    const outside = letters.filter(
      (l) =>
        OPTION_LETTERS.indexOf(l as (typeof OPTION_LETTERS)[number]) < 0 ||
        OPTION_LETTERS.indexOf(l as (typeof OPTION_LETTERS)[number]) >= opts.texts.length,
    );
    if (outside.length)
      return { answer: null, reasons: [...reasons, `答案${outside.join('')}不在选项中`], warnings: [] };
    return {
      answer: letters.map((l) => OPTION_LETTERS.indexOf(l as (typeof OPTION_LETTERS)[number])),
      reasons,
      warnings: [],
    };
  }
  const byText = opts.texts.findIndex((t) => t === cleanText(answerCell));
  if (byText >= 0 && opts.texts.indexOf(opts.texts[byText], byText + 1) < 0) {
    return {
      answer: [byText],
      reasons,
      warnings: [`答案写的是选项文字“${short(opts.texts[byText])}”，按选项${OPTION_LETTERS[byText]}导入`],
    };
  }
  return { answer: null, reasons: [...reasons, `答案应为选项字母，如A或ABD：${short(answerCell, 10)}`], warnings: [] };
}

/**
 * A row → a question. `sheetType` is the type the sheet's name gives (判断题 sheet), used when the
 * row's own 题型 cell is empty or the column is absent.
 */
export function parseQuestionRow(cells: QuestionCells, sheetType: QuestionType | null = null): RowVerdict {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const typeCell = cleanText(cells['题型']);
  const type = typeCell ? parseType(typeCell) : sheetType;
  if (!typeCell && !sheetType) reasons.push('缺少题型');
  else if (!type) reasons.push(`未知的题型：${short(typeCell, 10)}（应为单选、多选或判断）`);

  let stem = cleanText(cells['题目']);
  const numbered = STEM_NUMBER.exec(stem);
  if (numbered && stem.slice(numbered[0].length).trim()) {
    warnings.push(`题目前的编号“${numbered[0].trim()}”已去掉`);
    stem = stem.slice(numbered[0].length);
  }
  if (!stem) reasons.push('缺少题目');
  const difficulty = parseDifficulty(cells['难度']);
  if (difficulty === null) reasons.push(`难度应为易、中、难或1-3：${short(cleanText(cells['难度']), 10)}`);

  const answerCell = cleanText(cells['答案']);
  const opts = readOptions(cells);
  let options: string[] = [];
  let answer: number[] = [];
  if (type === 'judge') {
    const j = judgeAnswer(answerCell, opts);
    reasons.push(...j.reasons);
    warnings.push(...j.warnings);
    options = [...JUDGE_OPTIONS];
    if (j.answer !== null) answer = [j.answer];
  } else if (type) {
    const c = choiceAnswer(answerCell, opts);
    reasons.push(...c.reasons);
    warnings.push(...opts.warnings, ...c.warnings);
    options = opts.texts;
    if (c.answer) answer = c.answer;
  }
  if (reasons.length > 0 || !type || difficulty === null) return { ok: false, reasons: unique(reasons), warnings };

  const question: QuestionContent = {
    type,
    stem,
    options,
    answer,
    explanation: cleanText(cells['解析']),
    source: cleanText(cells['出处']),
    category: cleanText(cells['分类']) || UNCATEGORISED,
    difficulty,
    tags: splitTags(cells['标签']),
  };
  const more = questionProblems(question);
  return more.length ? { ok: false, reasons: unique(more), warnings } : { ok: true, question, warnings };
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
