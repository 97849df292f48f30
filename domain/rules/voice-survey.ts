/**
 * Surveys (问卷调研): the question types (the quiz's single and multiple choice, plus rating and short
 * text), how an answer sheet is checked against them, and how answers are tallied. A survey is never
 * marked: there is no key, only counts.
 */
export const SURVEY_QUESTION_TYPES = ['single', 'multiple', 'rating', 'text'] as const;
export type SurveyQuestionType = (typeof SURVEY_QUESTION_TYPES)[number];
export const SURVEY_TYPE_LABELS: Record<SurveyQuestionType, string> = {
  single: '单选',
  multiple: '多选',
  rating: '评分',
  text: '简答',
};

export const SURVEY_LIMITS = {
  title: 40,
  intro: 300,
  questions: 30,
  stem: 200,
  options: 10,
  option: 40,
  text: 200,
  /** Ratings run from 1 to this. */
  ratingMax: 5,
  /** Text answers an organizer reads per question on the results page. */
  textsShown: 50,
} as const;

export interface SurveyQuestion {
  id: string;
  type: SurveyQuestionType;
  stem: string;
  /** Choices (single / multiple only). */
  options: string[];
  required: boolean;
}

/** One answer: option indexes (choices), a number (rating) or words (text). */
export type SurveyAnswer = { q: string; choices?: number[]; rating?: number; text?: string };

/** What is wrong with a survey as written, or null (the editor shows the same words). */
export function surveyProblem(questions: readonly SurveyQuestion[]): string | null {
  if (questions.length === 0) return '请至少添加一道题';
  const ids = new Set(questions.map((q) => q.id));
  if (ids.size !== questions.length) return '题目编号重复';
  for (const [i, q] of questions.entries()) {
    const choice = q.type === 'single' || q.type === 'multiple';
    if (choice && q.options.length < 2) return `第${i + 1}题至少需要两个选项`;
    if (!choice && q.options.length > 0) return `第${i + 1}题（${SURVEY_TYPE_LABELS[q.type]}）不需要选项`;
    if (new Set(q.options).size !== q.options.length) return `第${i + 1}题有重复的选项`;
  }
  return null;
}

/** Checks a member's answers against the questions; returns the normalised answers or the problem. */
export function checkAnswers(
  questions: readonly SurveyQuestion[],
  answers: readonly SurveyAnswer[],
): { ok: SurveyAnswer[] } | { problem: string } {
  const byId = new Map(answers.map((a) => [a.q, a]));
  if (byId.size !== answers.length) return { problem: '同一题目只能回答一次' };
  for (const a of answers) if (!questions.some((q) => q.id === a.q)) return { problem: '问卷已更新，请刷新后重新填写' };
  const ok: SurveyAnswer[] = [];
  for (const [i, q] of questions.entries()) {
    const a = byId.get(q.id);
    const empty =
      !a || (q.type === 'text' ? !a.text?.trim() : q.type === 'rating' ? a.rating === undefined : !a.choices?.length);
    if (empty) {
      if (q.required) return { problem: `请回答第${i + 1}题` };
      continue;
    }
    if (q.type === 'single' || q.type === 'multiple') {
      const c = [...new Set(a!.choices ?? [])].sort((x, y) => x - y);
      if (c.some((x) => !Number.isInteger(x) || x < 0 || x >= q.options.length))
        return { problem: `第${i + 1}题的选项无效` };
      if (q.type === 'single' && c.length !== 1) return { problem: `第${i + 1}题只能选一项` };
      ok.push({ q: q.id, choices: c });
    } else if (q.type === 'rating') {
      const r = a!.rating!;
      if (!Number.isInteger(r) || r < 1 || r > SURVEY_LIMITS.ratingMax) return { problem: `第${i + 1}题的评分无效` };
      ok.push({ q: q.id, rating: r });
    } else {
      const t = a!.text!.trim();
      if ([...t].length > SURVEY_LIMITS.text) return { problem: `第${i + 1}题不能超过${SURVEY_LIMITS.text}个字` };
      ok.push({ q: q.id, text: t });
    }
  }
  return { ok };
}

export interface QuestionTally {
  q: string;
  /** How many answered this question. */
  answered: number;
  /** Per option (choices) or per rating value 1..max (ratings); empty for text. */
  counts: number[];
  /** Ratings only. */
  average: number | null;
  /** Text answers (text questions only), newest first as given. */
  texts: string[];
}

export function tally(questions: readonly SurveyQuestion[], sheets: readonly SurveyAnswer[][]): QuestionTally[] {
  return questions.map((q) => {
    const counts =
      q.type === 'rating'
        ? new Array<number>(SURVEY_LIMITS.ratingMax).fill(0)
        : new Array<number>(q.options.length).fill(0);
    let answered = 0;
    let sum = 0;
    const texts: string[] = [];
    for (const sheet of sheets) {
      const a = sheet.find((x) => x.q === q.id);
      if (!a) continue;
      answered++;
      if (a.choices) for (const c of a.choices) if (c < counts.length) counts[c]++;
      if (a.rating) {
        counts[a.rating - 1]++;
        sum += a.rating;
      }
      if (a.text) texts.push(a.text);
    }
    return {
      q: q.id,
      answered,
      counts: q.type === 'text' ? [] : counts,
      average: q.type === 'rating' && answered ? Math.round((sum / answered) * 10) / 10 : null,
      texts,
    };
  });
}
