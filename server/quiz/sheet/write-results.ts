import { chinaStamp } from '../../../domain/rules/china-time';
/** A paper's results as .xlsx: every member's counted result, and the figures by unit. */
import type { CountedResult, UnitRow } from '../../../domain/rules/quiz-stats';
import { sheet, writeWorkbook } from '../../sheets/write';

export const duration = (seconds: number): string =>
  `${Math.floor(seconds / 60)}分${String(seconds % 60).padStart(2, '0')}秒`;
const pct = (v: number | null): string => (v === null ? '-' : `${v}%`);

export interface ResultsSheetInput {
  ranked: (CountedResult & { rank: number })[];
  unitName: (unitId: string) => string;
  units: UnitRow[];
}

export function resultsWorkbook(r: ResultsSheetInput): Promise<Buffer> {
  return writeWorkbook([
    sheet({
      name: '成绩',
      columns: [
        { header: '排名', width: 6, value: (m) => m.rank },
        { header: '姓名', width: 10, value: (m) => m.name },
        { header: '工号', width: 12, value: (m) => m.employeeNo },
        { header: '单位', width: 20, value: (m) => r.unitName(m.unitId) },
        { header: '成绩', width: 8, value: (m) => m.score },
        { header: '是否及格', width: 8, value: (m) => (m.passed ? '及格' : '不及格') },
        { header: '用时', width: 10, value: (m) => duration(m.usedSeconds) },
        { header: '作答次数', width: 8, value: (m) => m.attempts },
        { header: '交卷时间', width: 18, value: (m) => chinaStamp(m.submittedAt) },
      ],
      rows: r.ranked,
    }),
    sheet({
      name: '单位统计',
      columns: [
        // Indented by level, so the tree reads as a tree in Excel too.
        { header: '单位', width: 24, value: (u) => `${'　'.repeat(u.depth)}${u.name}` },
        { header: '应参加', width: 8, value: (u) => u.aimed },
        { header: '已参加', width: 8, value: (u) => u.taken },
        { header: '参与率', width: 8, value: (u) => pct(u.participation) },
        { header: '平均分', width: 8, value: (u) => u.average ?? '-' },
        { header: '及格人数', width: 8, value: (u) => u.passed },
        { header: '及格率', width: 8, value: (u) => pct(u.passRate) },
      ],
      rows: r.units,
    }),
  ]);
}
