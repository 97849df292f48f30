/**
 * Validates the starter question bank.
 *
 *   npx tsx demo/questions/check.ts          # validate, print counts, exit 1 on any problem
 *   npx tsx demo/questions/check.ts --show   # also print every law-based question next to its article text
 *
 * Law texts are read from shared/laws beside the repo (…/shared/laws); set LAWS_DIR to override.
 * Each law file's first line names the law and its revision, e.g.
 *   中华人民共和国工会法（2021年12月24日修正）   → citations must read 《中华人民共和国工会法》（2021年修正）第X条
 *   中华人民共和国劳动争议调解仲裁法（2007年12月29日通过） → no revision label: 《中华人民共和国劳动争议调解仲裁法》第X条
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { starterQuestions } from './index';
import type { SeedQuestion } from './types';

const CATEGORIES = ['政策理论', '日常业务', '法律法规', '心理疏导'] as const;
const TYPES = ['single', 'multiple', 'judge'] as const;
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

interface LawText {
  file: string;
  name: string;
  /** Year of the revision in force, or null for a law never revised (header says 通过). */
  revisionYear: string | null;
  /** Article number → its text (first line plus following lines up to the next article). */
  articles: Map<string, string>;
}

function findLawsDir(): string | null {
  const candidates: string[] = [];
  if (process.env.LAWS_DIR) candidates.push(process.env.LAWS_DIR);
  if (typeof __dirname !== 'undefined') candidates.push(path.resolve(__dirname, '../../../shared/laws'));
  candidates.push(path.resolve(process.cwd(), '../shared/laws'), path.resolve(process.cwd(), 'shared/laws'));
  return candidates.find((dir) => fs.existsSync(dir) && fs.statSync(dir).isDirectory()) ?? null;
}

function loadLaws(dir: string, problems: string[]): Map<string, LawText> {
  const laws = new Map<string, LawText>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
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

function label(i: number, q: SeedQuestion): string {
  return `#${i + 1} [${q.category}/${q.type}] ${q.stem.slice(0, 30)}…`;
}

function main(): void {
  const show = process.argv.includes('--show');
  const problems: string[] = [];

  const lawsDir = findLawsDir();
  if (!lawsDir) {
    console.error('Cannot find shared/laws (set LAWS_DIR to the folder with the law .md files).');
    process.exit(1);
  }
  const laws = loadLaws(lawsDir, problems);

  const seenStems = new Map<string, number>();
  const byCategory = new Map<string, number>();
  const byType = new Map<string, number>();
  const byCategoryType = new Map<string, number>();
  const byDifficulty = new Map<number, number>();
  const byLaw = new Map<string, number>();
  const answerPositions = new Map<string, number>();
  const judgeAnswers = { 正确: 0, 错误: 0 };
  const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

  starterQuestions.forEach((q, i) => {
    const where = label(i, q);
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
        if (answer[0] === 0) judgeAnswers.正确++;
        else if (answer[0] === 1) judgeAnswers.错误++;
      } else {
        for (const a of answer) bump(answerPositions, `${q.type}:${'ABCDE'[a] ?? a}`);
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
            bump(byLaw, `${name}`);
            if (show) {
              const right = q.answer.map((a) => q.options[a]).join(' | ');
              console.log(
                `\n${where}\n  题干: ${q.stem}\n  答案: ${right}\n  出处: ${q.source}\n  条文: ${text.replace(/\n/g, '\n        ')}`,
              );
            }
          }
        }
      }
    }

    bump(byCategory, q.category);
    bump(byType, q.type);
    bump(byCategoryType, `${q.category}/${q.type}`);
    bump(byDifficulty, q.difficulty);
  });

  const total = starterQuestions.length;
  const pct = (n: number) => `${((n / total) * 100).toFixed(1)}%`;
  console.log(`Starter question bank: ${total} questions (laws from ${lawsDir})`);
  console.log('\nBy category:');
  for (const c of CATEGORIES) {
    const parts = TYPES.map((t) => `${t} ${byCategoryType.get(`${c}/${t}`) ?? 0}`).join(', ');
    console.log(`  ${c}: ${byCategory.get(c) ?? 0}  (${parts})`);
  }
  console.log('\nBy type:');
  for (const t of TYPES) console.log(`  ${t}: ${byType.get(t) ?? 0} (${pct(byType.get(t) ?? 0)})`);
  console.log('\nBy difficulty:');
  for (const d of [1, 2, 3]) console.log(`  ${d}: ${byDifficulty.get(d) ?? 0}`);
  console.log('\nLaw-article citations (any category):');
  for (const [name, n] of [...byLaw.entries()].sort((a, b) => b[1] - a[1])) console.log(`  《${name}》: ${n}`);
  console.log('\nCorrect-answer positions:');
  for (const t of ['single', 'multiple']) {
    const parts = 'ABCDE'
      .split('')
      .map((l) => `${l} ${answerPositions.get(`${t}:${l}`) ?? 0}`)
      .join(', ');
    console.log(`  ${t}: ${parts}`);
  }
  console.log(`  judge: 正确 ${judgeAnswers.正确}, 错误 ${judgeAnswers.错误}`);

  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('\nAll checks passed.');
}

main();
