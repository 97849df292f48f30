/**
 * Survey results: per question overall, and per unit at one level of the tree. Anonymous surveys hide
 * every group of fewer than five sheets (and enough others that no hidden group can be worked out by
 * subtraction); their text answers are shown only overall, sorted, never by unit.
 */
import type { QuestionResult, SurveyResults, SurveyUnitRow } from '../../../domain/contract/voice-survey-model';
import { MIN_GROUP, suppressedGroups, totalShown } from '../../../domain/rules/voice-small-groups';
import { tally, type QuestionTally } from '../../../domain/rules/voice-survey';
import type { UnitDoc } from '../../member/repos/units';
import type { AnswerDoc, SurveyDoc } from './repos';

const asResult = (t: QuestionTally, withTexts: boolean): QuestionResult => ({
  answered: t.answered,
  counts: t.counts,
  average: t.average,
  texts: withTexts ? t.texts : [],
});

/** The unit at `level` on a sheet's path (or its own unit when it sits higher). */
const groupOf = (a: AnswerDoc, level: 2 | 3): string =>
  a.unitPath[level - 1] ?? a.unitPath[a.unitPath.length - 1] ?? a.unitId;

export function surveyResults(s: SurveyDoc, sheets: AnswerDoc[], units: UnitDoc[], level: 2 | 3): SurveyResults {
  const anonymous = s.anonymous;
  const overallShown = !anonymous || totalShown(sheets.length);
  const overall = tally(
    s.questions,
    sheets.map((a) => a.answers),
  );
  const groups = new Map<string, AnswerDoc[]>();
  for (const a of sheets) {
    const g = groupOf(a, level);
    groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  // Aimed units at this level with no answers still get a row (0 answers says something too).
  const aimedAtLevel = units.filter((u) => u.level === level && s.audienceUnits.some((id) => u.path.includes(id)));
  for (const u of aimedAtLevel) if (!groups.has(u._id)) groups.set(u._id, []);
  const counts = [...groups].map(([id, list]) => ({ id, n: list.length }));
  const hidden = anonymous
    ? overallShown
      ? suppressedGroups(counts)
      : new Set(counts.map((c) => c.id))
    : new Set<string>();
  const name = new Map(units.map((u) => [u._id, u.name]));
  const order = new Map(units.map((u, i) => [u._id, i]));
  const rows: SurveyUnitRow[] = [...groups]
    .sort((a, b) => (order.get(a[0]) ?? 1e9) - (order.get(b[0]) ?? 1e9))
    .map(([unitId, list]) => {
      const suppressed = hidden.has(unitId) && list.length > 0;
      return {
        unitId,
        name: name.get(unitId) ?? unitId,
        answers: suppressed ? 0 : list.length,
        suppressed,
        questions:
          suppressed || list.length === 0
            ? null
            : tally(
                s.questions,
                list.map((a) => a.answers),
              ).map((t) => asResult(t, false)),
      };
    });
  return {
    id: s._id,
    title: s.title,
    anonymous,
    status: s.status,
    total: sheets.length,
    minGroup: MIN_GROUP,
    level,
    questions: s.questions.map((q, i) => ({
      ...q,
      // Anonymous texts in a fixed order (not the order they came in, which could point at someone).
      result: overallShown
        ? asResult({ ...overall[i], texts: anonymous ? [...overall[i].texts].sort() : overall[i].texts }, true)
        : null,
    })),
    units: rows,
  };
}
