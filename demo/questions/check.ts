/**
 * Validates the starter question bank (the rules are checkQuestionBank in check-bank.ts; a jest test,
 * tests/domain/question-bank.test.ts, runs them too).
 *
 *   npx tsx demo/questions/check.ts          # validate, print counts, exit 1 on any problem
 *   npx tsx demo/questions/check.ts --show   # also print every law-based question next to its article text
 *
 * Law texts are read from demo/laws; set LAWS_DIR to override.
 */
import * as fs from 'node:fs';
import { starterQuestions } from './index';
import { CATEGORIES, TYPES, checkQuestionBank, defaultLawsDir, questionLabel } from './check-bank';

function main(): void {
  const show = process.argv.includes('--show');
  const lawsDir = defaultLawsDir();
  if (!fs.existsSync(lawsDir) || !fs.statSync(lawsDir).isDirectory()) {
    console.error(`Cannot find the law texts at ${lawsDir} (set LAWS_DIR to the folder with the law .md files).`);
    process.exit(1);
  }
  const report = checkQuestionBank(starterQuestions, lawsDir);

  if (show) {
    for (const { index, question: q, article } of report.citations) {
      const right = q.answer.map((a) => q.options[a]).join(' | ');
      console.log(
        `\n${questionLabel(index, q)}\n  题干: ${q.stem}\n  答案: ${right}\n  出处: ${q.source}\n  条文: ${article.replace(/\n/g, '\n        ')}`,
      );
    }
  }

  const { total, byCategory, byType, byCategoryType, byDifficulty, byLaw, answerPositions, judgeAnswers } = report;
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

  if (report.problems.length > 0) {
    console.error(`\n${report.problems.length} problem(s):`);
    for (const p of report.problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('\nAll checks passed.');
}

main();
