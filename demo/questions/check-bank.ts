/**
 * The rules of the starter question bank, as a function: `checkQuestionBank(questions, lawsDir)`
 * returns every problem found plus the counts the CLI (check.ts) prints. A jest test runs it on
 * `starterQuestions`, so a broken question or citation fails CI.
 *
 * Law texts are read from demo/laws (set LAWS_DIR to override). Each law file's first line names the
 * law and its revision, e.g.
 *   中华人民共和国工会法（2021年12月24日修正）   → citations must read 《中华人民共和国工会法》（2021年修正）第X条
 *   中华人民共和国劳动争议调解仲裁法（2007年12月29日通过） → no revision label: 《中华人民共和国劳动争议调解仲裁法》第X条
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SeedQuestion } from './types';

export const CATEGORIES = ['政策理论', '日常业务', '法律法规', '心理疏导'] as const;
export const TYPES = ['single', 'multiple', 'judge'] as const;
const CN_NUM = '[一二三四五六七八九十百零]+';
/**
 * The format every 法律法规 citation must have. The revision label is optional as a whole, because
 * a law never revised (the dispute mediation and arbitration law) is cited without one; whether a
 * label is required, and with which year, is then checked against the law file's header.
 */
const LAW_SOURCE_RE = new RegExp(`^《中华人民共和国.+》(?:（\\d{4}年修正）)?第${CN_NUM}条`);
/** Parses a citation into law name, optional revision year and article number. */
const CITATION_RE = new RegExp(`^《(中华人民共和国[^》]+)》(?:（(\\d{4})年修正）)?(第${CN_NUM}条)`);
const ARTICLE_LINE_RE = new RegExp(`^(第${CN_NUM}条)[\\s\\u3000]`);
const ARTICLE_ANYWHERE_RE = new RegExp(`第${CN_NUM}条`);

export interface LawText {
  file: string;
  name: string;
  /** Year of the revision in force, or null for a law never revised (header says 通过). */
  revisionYear: string | null;
  /** Article number → its text (first line plus following lines up to the next article). */
  articles: Map<string, string>;
}

/** A question that cites a law article found in the law texts, with that article's text. */
export interface CheckedCitation {
  index: number;
  question: SeedQuestion;
  article: string;
}

export interface QuestionBankReport {
  lawsDir: string;
  problems: string[];
  total: number;
  byCategory: Map<string, number>;
  byType: Map<string, number>;
  /** Keyed `${category}/${type}`. */
  byCategoryType: Map<string, number>;
  byDifficulty: Map<number, number>;
  /** Law name → questions citing one of its articles (any category). */
  byLaw: Map<string, number>;
  /** Keyed `${type}:${letter}` for single and multiple questions. */
  answerPositions: Map<string, number>;
  judgeAnswers: { 正确: number; 错误: number };
  citations: CheckedCitation[];
}

/** demo/laws in the repo, unless LAWS_DIR says otherwise. */
export function defaultLawsDir(): string {
  if (process.env.LAWS_DIR) return path.resolve(process.env.LAWS_DIR);
  if (typeof __dirname !== 'undefined') return path.resolve(__dirname, '../laws');
  return path.resolve(process.cwd(), 'demo/laws');
}

/** Reads every .md law text in `dir`; problems in the files themselves go to `problems`. */
export function loadLaws(dir: string, problems: string[]): Map<string, LawText> {
  const laws = new Map<string, LawText>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/);
    const header = lines[0].trim();
    const m = /^(中华人民共和国[^（(]+)[（(](\d{4})年\d{1,2}月\d{1,2}日(修正|修订|通过)[）)]/.exec(header);
    if (!m) {
      problems.push(`${file}: cannot read law name/revision from header "${header}"`);
      continue;
    }
    const articles = new Map<string, string>();
    let current: string | null = null;
    for (const raw of lines) {
      const line = raw.trim();
      const am = ARTICLE_LINE_RE.exec(line);
      if (am) {
        current = am[1];
        if (articles.has(current)) problems.push(`${file}: article ${current} appears twice`);
        articles.set(current, line);
      } else if (line.startsWith('#')) {
        current = null;
      } else if (current && line) {
        articles.set(current, `${articles.get(current)}\n${line}`);
      }
    }
    laws.set(m[1], { file, name: m[1], revisionYear: m[3] === '通过' ? null : m[2], articles });
  }
  return laws;
}

/** How a problem names its question: 1-based position, category/type and the start of the stem. */
export function questionLabel(i: number, q: SeedQuestion): string {
  return `#${i + 1} [${q.category}/${q.type}] ${q.stem.slice(0, 30)}…`;
}

/** Checks format, answers, duplicate stems and law citations of `questions`. */
export function checkQuestionBank(questions: SeedQuestion[], lawsDir: string = defaultLawsDir()): QuestionBankReport {
  const problems: string[] = [];
  const report: QuestionBankReport = {
    lawsDir,
    problems,
    total: questions.length,
    byCategory: new Map(),
    byType: new Map(),
    byCategoryType: new Map(),
    byDifficulty: new Map(),
    byLaw: new Map(),
    answerPositions: new Map(),
    judgeAnswers: { 正确: 0, 错误: 0 },
    citations: [],
  };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

  let laws = new Map<string, LawText>();
  if (fs.existsSync(lawsDir) && fs.statSync(lawsDir).isDirectory()) {
    laws = loadLaws(lawsDir, problems);
  } else {
    problems.push(
      `law texts not found: ${lawsDir} is not a folder (set LAWS_DIR to the folder with the law .md files)`,
    );
  }

  const seenStems = new Map<string, number>();
  questions.forEach((q, i) => {
    const where = questionLabel(i, q);
    const fail = (msg: string) => problems.push(`${where}: ${msg}`);

    if (!(TYPES as readonly string[]).includes(q.type)) fail(`unknown type "${q.type}"`);
    if (!(CATEGORIES as readonly string[]).includes(q.category)) fail(`unknown category "${q.category}"`);
    if (![1, 2, 3].includes(q.difficulty)) fail(`difficulty must be 1, 2 or 3, got ${q.difficulty}`);
    if (!q.stem || q.stem.trim() !== q.stem) fail('stem is empty or has surrounding whitespace');
    if (!q.explanation || q.explanation.trim().length < 10) fail('explanation is missing or too short');
    if (!Array.isArray(q.tags) || q.tags.length === 0 || q.tags.some((t) => !t.trim()))
      fail('tags must be non-empty strings');
    if (!q.source || !q.source.trim()) fail('source is empty');

    // Options
    if (!Array.isArray(q.options) || q.options.some((o) => typeof o !== 'string' || !o.trim())) {
      fail('options must be non-empty strings');
    } else {
      if (new Set(q.options).size !== q.options.length) fail('duplicate option texts');
      if (q.options.some((o) => /^[A-Ea-e][.、．:：\s]/.test(o))) fail('options must not carry letter prefixes');
      if (q.type === 'judge' && (q.options.length !== 2 || q.options[0] !== '正确' || q.options[1] !== '错误')) {
        fail(`judge options must be exactly ['正确', '错误'], got ${JSON.stringify(q.options)}`);
      }
      if (q.type === 'single' && q.options.length !== 4) fail(`single needs 4 options, has ${q.options.length}`);
      if (q.type === 'multiple' && (q.options.length < 4 || q.options.length > 5)) {
        fail(`multiple needs 4-5 options, has ${q.options.length}`);
      }
    }

    // Answers
    const answer = q.answer;
    if (!Array.isArray(answer) || answer.length === 0) {
      fail('answer is empty');
    } else {
      if (answer.some((a) => !Number.isInteger(a) || a < 0 || a >= q.options.length)) {
        fail(`answer index out of range: ${JSON.stringify(answer)} for ${q.options.length} options`);
      }
      if (new Set(answer).size !== answer.length) fail('duplicate answer indexes');
      if ((q.type === 'single' || q.type === 'judge') && answer.length !== 1) {
        fail(`${q.type} needs exactly one answer, has ${answer.length}`);
      }
      if (q.type === 'multiple') {
        if (answer.length < 2) fail(`multiple needs at least two answers, has ${answer.length}`);
        if (answer.length >= q.options.length) fail('multiple must have at least one wrong option');
      }
      if (q.type === 'judge') {
        if (answer[0] === 0) report.judgeAnswers.正确++;
        else if (answer[0] === 1) report.judgeAnswers.错误++;
      } else {
        for (const a of answer) bump(report.answerPositions, `${q.type}:${'ABCDE'[a] ?? a}`);
      }
    }

    // Duplicate stems (ignoring whitespace and punctuation differences)
    const key = q.stem.replace(/[\s　，。？?、（）()“”"]/g, '');
    if (seenStems.has(key)) fail(`duplicate stem of #${(seenStems.get(key) ?? 0) + 1}`);
    else seenStems.set(key, i);

    // Citations
    const looksLikeLaw = q.source.startsWith('《中华人民共和国') || ARTICLE_ANYWHERE_RE.test(q.source);
    if (q.category === '法律法规' && !LAW_SOURCE_RE.test(q.source)) {
      fail(`法律法规 source must cite a law article, got "${q.source}"`);
    }
    if (q.category === '法律法规' || looksLikeLaw) {
      const c = CITATION_RE.exec(q.source);
      if (!c) {
        fail(
          `source cites an article number but is not 《中华人民共和国…》（YYYY年修正）第X条 of a law in ${lawsDir}: "${q.source}"`,
        );
      } else {
        const [, name, year, article] = c;
        const law = laws.get(name);
        if (!law) {
          fail(`cited law 《${name}》 has no text in ${lawsDir}`);
        } else {
          if (law.revisionYear === null && year) {
            fail(`《${name}》 has never been revised (${law.file}); drop the （${year}年修正） label`);
          }
          if (law.revisionYear !== null && year !== law.revisionYear) {
            fail(`《${name}》 must be cited as （${law.revisionYear}年修正） per ${law.file}, got "${q.source}"`);
          }
          const text = law.articles.get(article);
          if (!text) {
            fail(`《${name}》 has no ${article} in ${law.file}`);
          } else {
            bump(report.byLaw, name);
            report.citations.push({ index: i, question: q, article: text });
          }
        }
      }
    }

    bump(report.byCategory, q.category);
    bump(report.byType, q.type);
    bump(report.byCategoryType, `${q.category}/${q.type}`);
    bump(report.byDifficulty, q.difficulty);
  });

  return report;
}
