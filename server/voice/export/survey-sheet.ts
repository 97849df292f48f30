/**
 * Survey results as .xlsx: the same figures as the results page (small groups of anonymous surveys
 * already hidden there). Named surveys add one row per sheet with the member's name and unit.
 */
import type { SurveyResults } from '../../../domain/contract/voice-survey-model';
import { RATING_MAX_LABEL, choiceLabels } from './labels';
import { sheet, writeWorkbook } from '../../sheets/write';
import type { AnswerDoc } from '../survey/repos';

/** One line of the 汇总 sheet: a question's option and its count, an average, or a written answer. */
interface SummaryLine {
  stem: string;
  option: string;
  n?: number;
  share?: string;
}

type Cells = Record<string, string | number>;

function summaryLines(r: SurveyResults): SummaryLine[] {
  const lines: SummaryLine[] = [];
  for (const q of r.questions) {
    if (!q.result) {
      lines.push({ stem: q.stem, option: `答卷少于${r.minGroup}份，不显示` });
      continue;
    }
    const labels = choiceLabels(q);
    q.result.counts.forEach((n, i) =>
      lines.push({
        stem: i === 0 ? q.stem : '',
        option: labels[i],
        n,
        share: q.result!.answered ? Math.round((n / q.result!.answered) * 1000) / 10 + '%' : '',
      }),
    );
    if (q.result.average !== null)
      lines.push({ stem: '', option: `平均分（满分${RATING_MAX_LABEL}）`, n: q.result.average });
    for (const t of q.result.texts) lines.push({ stem: q.type === 'text' ? q.stem : '', option: t });
  }
  return lines;
}

/** A column per question, headed by its number and stem (cut to fit), filled from the row's cells. */
const questionColumns = (questions: SurveyResults['questions'], width: number) =>
  questions.map((q, i) => ({
    header: `${i + 1}. ${q.stem}`.slice(0, 30),
    width,
    value: (cells: Cells) => cells[q.id],
  }));

export function surveyWorkbook(
  r: SurveyResults,
  sheets: AnswerDoc[] | null,
  unitName: (id: string) => string,
): Promise<Buffer> {
  const byUnit = r.units.map((u) => {
    const cells: Cells = { unit: u.name, n: u.suppressed ? '不单独显示' : u.answers };
    r.questions.forEach((q, i) => {
      if (q.type === 'text') return;
      const res = u.questions?.[i];
      cells[q.id] = !res
        ? '-'
        : res.average !== null
          ? `平均${res.average}`
          : choiceLabels(q)
              .map((l, k) => `${l}:${res.counts[k]}`)
              .join(' ');
    });
    return cells;
  });
  const people = (sheets ?? []).map((s) => {
    const cells: Cells = { name: s.name ?? '', unit: unitName(s.unitId) };
    for (const q of r.questions) {
      const a = s.answers.find((x) => x.q === q.id);
      cells[q.id] = !a
        ? ''
        : (a.text ?? (a.rating !== undefined ? a.rating : (a.choices ?? []).map((c) => q.options[c]).join('、')));
    }
    return cells;
  });
  return writeWorkbook([
    sheet({
      name: '汇总',
      columns: [
        { header: '题目', width: 40, value: (l) => l.stem },
        { header: '选项', width: 24, value: (l) => l.option },
        { header: '人数', width: 8, value: (l) => l.n },
        { header: '占比', width: 8, value: (l) => l.share },
      ],
      rows: summaryLines(r),
    }),
    sheet({
      name: '分单位',
      columns: [
        { header: '单位', width: 18, value: (c) => c.unit },
        { header: '答卷数', width: 8, value: (c) => c.n },
        ...questionColumns(
          r.questions.filter((q) => q.type !== 'text'),
          30,
        ),
      ],
      rows: byUnit,
    }),
    // Named surveys only: for an anonymous one the caller passes no answer sheets (null).
    ...(sheets
      ? [
          sheet({
            name: '答卷明细',
            columns: [
              { header: '姓名', width: 10, value: (c: Cells) => c.name },
              { header: '单位', width: 18, value: (c: Cells) => c.unit },
              ...questionColumns(r.questions, 24),
            ],
            rows: people,
          }),
        ]
      : []),
  ]);
}
