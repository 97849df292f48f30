/**
 * Survey results as .xlsx: the same figures as the results page (small groups of anonymous surveys
 * already hidden there). Named surveys add one row per sheet with the member's name and unit.
 */
import type { SurveyResults } from '../../../domain/contract/voice-survey-model';
import { RATING_MAX_LABEL, choiceLabels } from './labels';
import { newWorkbook, styleHeader, toBuffer } from '../../lib/sheets/workbook';
import type { AnswerDoc } from '../survey/repos';

export async function surveyWorkbook(
  r: SurveyResults,
  sheets: AnswerDoc[] | null,
  unitName: (id: string) => string,
): Promise<Buffer> {
  const wb = newWorkbook();
  const summary = wb.addWorksheet('汇总');
  summary.columns = [
    { header: '题目', key: 'stem', width: 40 },
    { header: '选项', key: 'option', width: 24 },
    { header: '人数', key: 'n', width: 8 },
    { header: '占比', key: 'share', width: 8 },
  ];
  for (const q of r.questions) {
    if (!q.result) {
      summary.addRow({ stem: q.stem, option: `答卷少于${r.minGroup}份，不显示` });
      continue;
    }
    const labels = choiceLabels(q);
    q.result.counts.forEach((n, i) =>
      summary.addRow({
        stem: i === 0 ? q.stem : '',
        option: labels[i],
        n,
        share: q.result!.answered ? Math.round((n / q.result!.answered) * 1000) / 10 + '%' : '',
      }),
    );
    if (q.result.average !== null)
      summary.addRow({ stem: '', option: `平均分（满分${RATING_MAX_LABEL}）`, n: q.result.average });
    for (const t of q.result.texts) summary.addRow({ stem: q.type === 'text' ? q.stem : '', option: t });
  }
  styleHeader(summary);

  const units = wb.addWorksheet('分单位');
  units.columns = [
    { header: '单位', key: 'unit', width: 18 },
    { header: '答卷数', key: 'n', width: 8 },
    ...r.questions
      .filter((q) => q.type !== 'text')
      .map((q, i) => ({ header: `${i + 1}. ${q.stem}`.slice(0, 30), key: q.id, width: 30 })),
  ];
  for (const u of r.units) {
    const cells: Record<string, string | number> = { unit: u.name, n: u.suppressed ? '不单独显示' : u.answers };
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
    units.addRow(cells);
  }
  styleHeader(units);

  if (sheets) {
    const people = wb.addWorksheet('答卷明细');
    people.columns = [
      { header: '姓名', key: 'name', width: 10 },
      { header: '单位', key: 'unit', width: 18 },
      ...r.questions.map((q, i) => ({ header: `${i + 1}. ${q.stem}`.slice(0, 30), key: q.id, width: 24 })),
    ];
    for (const s of sheets) {
      const cells: Record<string, string | number> = { name: s.name ?? '', unit: unitName(s.unitId) };
      for (const q of r.questions) {
        const a = s.answers.find((x) => x.q === q.id);
        cells[q.id] = !a
          ? ''
          : (a.text ?? (a.rating !== undefined ? a.rating : (a.choices ?? []).map((c) => q.options[c]).join('、')));
      }
      people.addRow(cells);
    }
    styleHeader(people);
  }
  return toBuffer(wb);
}
