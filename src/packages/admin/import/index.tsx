import { call } from '../../../api';
import { Screen } from '../../../components/screen';
import { SheetImport } from '../../../components/SheetImport';
import { UnitCodes } from './unit-codes';
import '../admin.scss';
import './index.scss';

const calls = {
  purpose: 'roster' as const,
  check: async (fileId: string) => {
    const out = await call('member', 'importRoster', { fileId, commit: false });
    if (out.mode !== 'report') throw new Error('unexpected');
    return out.report;
  },
  commit: async (fileId: string, cursor: number) => {
    const out = await call('member', 'importRoster', { fileId, commit: true, cursor });
    if (out.mode !== 'commit') throw new Error('unexpected');
    return out.chunk;
  },
};

/**
 * Roster import: the shared spreadsheet import flow (components/SheetImport) for roster files,
 * with the unit codes at hand below it.
 */
export default function Import() {
  return (
    <Screen>
      <SheetImport
        title='从 Excel 导入工会名册'
        intro='表头需要：姓名、工号、手机号，以及单位编码或单位名称（任填一个）；每人一行，表头上方可以有标题行。名册中的人员注册时姓名、工号与微信验证的手机号都一致即自动通过核验。'
        pickLabel='选择名册文件（.xlsx）'
        unit='行'
        calls={calls}
        template={() => call('member', 'getRosterTemplate', {})}
        extra={(r) =>
          `其中新增 ${r.newRows} 人${r.pendingToVerify > 0 ? `，导入后 ${r.pendingToVerify} 名待审核人员将自动通过核验` : ''}。`
        }
        doneText={({ written, skipped, chunks }) => {
          const verified = chunks.reduce((n, c) => n + c.verified, 0);
          return `写入名册 ${written} 行，跳过有问题的 ${skipped} 行${verified > 0 ? `，${verified} 名待审核人员已自动通过核验` : ''}。`;
        }}
      />
      <UnitCodes />
    </Screen>
  );
}
