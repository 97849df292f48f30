/**
 * 起步题库（starter question bank）：法律法规、日常业务、政策理论、心理疏导四类题目的合集，
 * 供答题区导入。运行 `npx tsx demo/questions/check.ts` 校验题目格式与法条引用。
 */
import type { SeedQuestion } from './types';
import { tradeUnionLawQuestions } from './trade-union-law';
import { tradeUnionLawMoreQuestions } from './trade-union-law-more';
import { labourLawQuestions } from './labour-law';
import { labourContractLawQuestions } from './labour-contract-law';
import { labourContractLawMoreQuestions } from './labour-contract-law-more';
import { workSafetyLawQuestions } from './work-safety-law';
import { disputeLawQuestions } from './dispute-law';
import { unionBusinessQuestions } from './union-business';
import { unionRightsQuestions } from './union-rights';
import { policyTheoryQuestions } from './policy-theory';
import { counsellingQuestions } from './counselling';
import { counsellingMoreQuestions } from './counselling-more';

export type { SeedQuestion, SeedQuestionType, SeedCategory } from './types';
export {
  tradeUnionLawQuestions,
  tradeUnionLawMoreQuestions,
  labourLawQuestions,
  labourContractLawQuestions,
  labourContractLawMoreQuestions,
  workSafetyLawQuestions,
  disputeLawQuestions,
  unionBusinessQuestions,
  unionRightsQuestions,
  policyTheoryQuestions,
  counsellingQuestions,
  counsellingMoreQuestions,
};

export const starterQuestions: SeedQuestion[] = [
  ...tradeUnionLawQuestions,
  ...tradeUnionLawMoreQuestions,
  ...labourLawQuestions,
  ...labourContractLawQuestions,
  ...labourContractLawMoreQuestions,
  ...workSafetyLawQuestions,
  ...disputeLawQuestions,
  ...unionBusinessQuestions,
  ...unionRightsQuestions,
  ...policyTheoryQuestions,
  ...counsellingQuestions,
  ...counsellingMoreQuestions,
];
