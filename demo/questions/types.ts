/** A question of the starter bank, in the shape the quiz area imports. */
export type SeedQuestionType = 'single' | 'multiple' | 'judge';
export type SeedCategory = '政策理论' | '日常业务' | '法律法规' | '心理疏导';
export interface SeedQuestion {
  type: SeedQuestionType;
  stem: string;
  /** Option texts without letter prefixes; for 'judge' exactly ['正确', '错误']. */
  options: string[];
  /** Indexes into options of the correct option(s); one for single/judge, two or more for multiple. */
  answer: number[];
  explanation: string;
  category: SeedCategory;
  /** 1 easy, 2 medium, 3 hard */
  difficulty: 1 | 2 | 3;
  tags: string[];
  /** Exact citation, e.g. 《中华人民共和国工会法》（2021年修正）第十一条 */
  source: string;
}
