/**
 * 起步题库（starter question bank）：法律法规、日常业务、政策理论、心理疏导四类题目的合集，
 * 供答题区导入。运行 `npx tsx demo/questions/check.ts` 校验题目格式与法条引用。
 */
import type { SeedQuestion } from './types';
import { tradeUnionLawQuestions } from './trade-union-law';
import { labourLawQuestions } from './labour-law';
import { labourContractLawQuestions } from './labour-contract-law';
import { workSafetyLawQuestions } from './work-safety-law';
import { disputeLawQuestions } from './dispute-law';
import { unionBusinessQuestions } from './union-business';
import { policyTheoryQuestions } from './policy-theory';
import { counsellingQuestions } from './counselling';

export type { SeedQuestion, SeedQuestionType, SeedCategory } from './types';
export {
  tradeUnionLawQuestions,
  labourLawQuestions,
  labourContractLawQuestions,
  workSafetyLawQuestions,
  disputeLawQuestions,
  unionBusinessQuestions,
  policyTheoryQuestions,
  counsellingQuestions,
};

export const starterQuestions: SeedQuestion[] = [
  ...tradeUnionLawQuestions,
  ...labourLawQuestions,
  ...labourContractLawQuestions,
  ...workSafetyLawQuestions,
  ...disputeLawQuestions,
  ...unionBusinessQuestions,
  ...policyTheoryQuestions,
  ...counsellingQuestions,
];
