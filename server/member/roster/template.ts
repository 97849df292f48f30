/**
 * The roster template: the columns the import reads, one example row (marked （示例）, so a
 * template sent back as it is imports nothing of it), the units the organizer may import into with
 * their codes, and instructions. 工号 and 手机号 are text columns, so Excel keeps 000123 as typed.
 */
import { UNIT_LEVEL_LABELS } from '../../../domain/rules/unit-tree';
import { sheet, writeWorkbook } from '../../sheets/write';
import type { UnitDoc } from '../repos/units';

const HOW_TO = [
  '姓名：必填，与本人注册时填写的一致（姓名中的空格导入时会去掉）。',
  '工号：必填，字母、数字或“-”；以0开头的工号请保持文本格式（本模板的工号列已设为文本）。',
  '手机号：必填，11位手机号，可带 +86、空格或“-”。',
  '单位编码、单位名称：填写其中一个即可；单位名称须与“单位编码”工作表中的名称完全一致，同名单位请填编码。',
  '以“（示例）”开头的行是示例，导入时不会导入，可直接删除。隐藏的行不会导入。',
  '名册中的人员注册时，姓名与工号一致即自动通过核验；导入时已注册、待审核且姓名一致的人员会自动通过。',
];

export function rosterTemplate(units: UnitDoc[]): Promise<Buffer> {
  const first = units.find((u) => u.level === 3) ?? units[0];
  const example = {
    name: '（示例）王芳',
    employeeNo: '000123',
    phone: '13905461007',
    unitCode: first?.code ?? '',
    unitName: first?.name ?? '',
  };
  return writeWorkbook(
    [
      sheet({
        name: '名册',
        columns: [
          { header: '姓名', width: 12, value: (r) => r.name },
          { header: '工号', width: 14, numFmt: '@', value: (r) => r.employeeNo },
          { header: '手机号', width: 16, numFmt: '@', value: (r) => r.phone },
          { header: '单位编码', width: 16, numFmt: '@', value: (r) => r.unitCode },
          { header: '单位名称', width: 24, value: (r) => r.unitName },
        ],
        rows: [example],
      }),
      sheet({
        name: '单位编码',
        columns: [
          { header: '层级', width: 10, value: (u) => UNIT_LEVEL_LABELS[u.level] },
          { header: '名称（填入名册的单位名称）', width: 30, value: (u) => `${'　'.repeat(u.level - 1)}${u.name}` },
          { header: '编码（填入名册的单位编码）', width: 26, value: (u) => u.code },
        ],
        rows: units,
      }),
    ],
    HOW_TO,
  );
}
