import { SURVEY_LIMITS, type SurveyQuestion } from '../../../domain/rules/voice-survey';

export const RATING_MAX_LABEL = SURVEY_LIMITS.ratingMax;

/** What each count of a question stands for: its options, or 1分..5分 for a rating. */
export const choiceLabels = (q: SurveyQuestion): string[] =>
  q.type === 'rating' ? Array.from({ length: SURVEY_LIMITS.ratingMax }, (_, i) => `${i + 1}分`) : q.options;
