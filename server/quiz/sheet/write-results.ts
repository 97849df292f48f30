import { chinaStamp } from '../../../domain/rules/china-time';
/** A paper's results as .xlsx: every member's counted result, and the figures by unit. */
import type { CountedResult, UnitRow } from '../../../domain/rules/quiz-stats';
import { newWorkbook, styleHeader, toBuffer } from '../../lib/sheets/workbook';

export const duration = (seconds: number): string =>
  `${Math.floor(seconds / 60)}分${String(seconds % 60).padStart(2, '0')}秒`;
const pct = (v: number | null): string => (v === null ? '-' : `${v}%`);

export interface ResultsSheetInput {
  ranked: (CountedResult & { rank: number })[];
  unitName: (unitId: string) => string;
  units: UnitRow[];
}

export async function resultsWorkbook(r: ResultsSheetInput): Promise<Buffer> {
  const wb = newWorkbook();
  const members = wb.addWorksheet('成绩');
  members.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '姓名', key: 'name', width: 10 },
    { header: '工号', key: 'employeeNo', width: 12 },
    { header: '单位', key: 'unit', width: 20 },
    { header: '成绩', key: 'score', width: 8 },
    { header: '是否及格', key: 'passed', width: 8 },
    { header: '用时', key: 'used', width: 10 },
    { header: '作答次数', key: 'attempts', width: 8 },
    { header: '交卷时间', key: 'submittedAt', width: 18 },
  ];
  for (const m of r.ranked) {
    members.addRow({
      rank: m.rank,
      name: m.name,
      employeeNo: m.employeeNo,
      unit: r.unitName(m.unitId),
      score: m.score,
      passed: m.passed ? '及格' : '不及格',
      used: duration(m.usedSeconds),
      attempts: m.attempts,
      submittedAt: chinaStamp(m.submittedAt),
    });
  }
  styleHeader(members);

  const units = wb.addWorksheet('单位统计');
  units.columns = [
    { header: '单位', key: 'name', width: 24 },
    { header: '应参加', key: 'aimed', width: 8 },
    { header: '已参加', key: 'taken', width: 8 },
    { header: '参与率', key: 'participation', width: 8 },
    { header: '平均分', key: 'average', width: 8 },
    { header: '及格人数', key: 'passed', width: 8 },
    { header: '及格率', key: 'passRate', width: 8 },
  ];
  for (const u of r.units) {
    units.addRow({
      // Indented by level, so the tree reads as a tree in Excel too.
      name: `${'　'.repeat(u.depth)}${u.name}`,
      aimed: u.aimed,
      taken: u.taken,
      participation: pct(u.participation),
      average: u.average ?? '-',
      passed: u.passed,
      passRate: pct(u.passRate),
    });
  }
  styleHeader(units);
  return toBuffer(wb);
}
