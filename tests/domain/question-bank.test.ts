/**
 * The starter question bank passes its own check (format, answers, and every law citation naming an
 * article that exists in demo/laws with the right revision label), and the check does catch mistakes.
 */
import * as path from 'node:path';
import { starterQuestions, type SeedQuestion } from '../../demo/questions';
import { checkQuestionBank } from '../../demo/questions/check-bank';

const lawsDir = path.resolve(__dirname, '../../demo/laws');

/** A valid law question to break one way at a time. */
const base: SeedQuestion = {
  type: 'single',
  stem: '建立工会组织的用人单位，应当按照每月全部职工工资总额的多少向工会拨缴经费？',
  options: ['百分之零点五', '百分之一', '百分之二', '百分之五'],
  answer: [2],
  explanation: '《工会法》第四十三条规定，用人单位按每月全部职工工资总额的百分之二向工会拨缴经费。',
  category: '法律法规',
  difficulty: 1,
  tags: ['工会经费'],
  source: '《中华人民共和国工会法》（2021年修正）第四十三条',
};

const problemsOf = (q: SeedQuestion) => checkQuestionBank([q], lawsDir).problems;

describe('starter question bank', () => {
  it('has no problems', () => {
    const report = checkQuestionBank(starterQuestions, lawsDir);
    expect(report.problems).toEqual([]);
    expect(report.total).toBe(starterQuestions.length);
    // Every law the bank cites has its text in demo/laws.
    expect([...report.byLaw.keys()].sort()).toEqual(
      [
        '中华人民共和国工会法',
        '中华人民共和国劳动法',
        '中华人民共和国劳动合同法',
        '中华人民共和国安全生产法',
        '中华人民共和国劳动争议调解仲裁法',
      ].sort(),
    );
  });

  it('passes the unbroken sample question', () => {
    expect(problemsOf(base)).toEqual([]);
  });

  it('flags a citation of an article the law does not have', () => {
    const problems = problemsOf({ ...base, source: '《中华人民共和国工会法》（2021年修正）第九十九条' });
    expect(problems).toEqual([expect.stringContaining('has no 第九十九条')]);
  });

  it('flags a wrong revision label, and a label on a law never revised', () => {
    expect(problemsOf({ ...base, source: '《中华人民共和国工会法》（2018年修正）第四十三条' })).toEqual([
      expect.stringContaining('must be cited as （2021年修正）'),
    ]);
    expect(problemsOf({ ...base, source: '《中华人民共和国劳动争议调解仲裁法》（2008年修正）第二十一条' })).toEqual([
      expect.stringContaining('has never been revised'),
    ]);
  });

  it('flags a judge question whose options are not 正确/错误', () => {
    const judge: SeedQuestion = {
      ...base,
      type: 'judge',
      stem: '建立工会组织的用人单位，应当按每月全部职工工资总额的百分之二向工会拨缴经费。',
      options: ['对', '错'],
      answer: [0],
    };
    expect(problemsOf(judge)).toEqual([expect.stringContaining('judge options must be exactly')]);
    expect(problemsOf({ ...judge, options: ['正确', '错误'] })).toEqual([]);
  });

  it('flags a missing law-text folder', () => {
    const { problems } = checkQuestionBank([base], path.join(lawsDir, 'no-such-folder'));
    expect(problems[0]).toContain('law texts not found');
  });
});
