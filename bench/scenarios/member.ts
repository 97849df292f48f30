/**
 * A typical call of every member action, in the order an office would make them: a newcomer
 * registers and is approved, members read their pages, an organizer manages people, an admin the
 * org tree. Inputs come from the demo union.
 */
import ExcelJS from 'exceljs';
import { DEMO_UNITS, PERSONAS } from '../../demo/union';
import type { Scenario } from './kit';

const { admin, organizer, worker, worker2, newcomer } = PERSONAS;

/** A three-row roster sheet, as the union's office keeps it. */
async function rosterXlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名册');
  sheet.addRow(['姓名', '工号', '手机号', '单位编码']);
  const grass1 = DEMO_UNITS.find((u) => u.id === 'u-grass-1')!.code;
  sheet.addRow(['周建新', 'QH20001', '13905462001', grass1]);
  sheet.addRow(['吴海燕', 'QH20002', '13905462002', grass1]);
  sheet.addRow(['郑国华', 'QH20003', '13905462003', grass1]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const scenario: Scenario = async ({ cloud, measure }) => {
  await measure(worker.openid, 'member', 'getMe', {});
  await measure(worker.openid, 'member', 'getHome', {});
  await measure(newcomer.openid, 'member', 'listUnits', {});
  await measure(newcomer.openid, 'member', 'register', {
    name: newcomer.name,
    employeeNo: newcomer.employeeNo,
    phone: newcomer.phone,
    unitId: newcomer.unitId,
  });
  await measure(admin.openid, 'member', 'claimAdmin', {});
  await measure(worker.openid, 'member', 'updateProfile', { largeText: true });
  await measure(worker.openid, 'member', 'listMessages', { page: 1, pageSize: 20 });
  await measure(worker.openid, 'member', 'readMessage', { all: true });

  await measure(organizer.openid, 'member', 'listPending', { page: 1, pageSize: 20 });
  await measure(organizer.openid, 'member', 'listMembers', { page: 1, pageSize: 20, unitId: 'u-grass-1' });
  await measure(organizer.openid, 'member', 'getMember', { id: worker.openid });
  await measure(organizer.openid, 'member', 'review', { id: newcomer.openid, decision: 'approve' });
  await measure(organizer.openid, 'member', 'setRole', { id: worker2.openid, role: 'cadre' });
  await measure(organizer.openid, 'member', 'updateMember', { id: worker2.openid, name: '陈明亮' });

  const fileId = cloud.host.storage.put(
    `uploads/${organizer.openid}/roster/bench-roster.xlsx`,
    await rosterXlsx(),
    `client:${organizer.openid}`,
  );
  await measure(organizer.openid, 'member', 'importRoster', { fileId, commit: false });
  await measure(organizer.openid, 'member', 'getRosterTemplate', {});

  await measure(admin.openid, 'member', 'getOrgTree', {});
  const unit = await measure(admin.openid, 'member', 'createUnit', {
    name: '压测临时队',
    code: 'QH01-01-09',
    parentId: 'u-brigade-1',
  });
  await measure(admin.openid, 'member', 'renameUnit', { unitId: unit.id, name: '压测临时二队' });
  await measure(organizer.openid, 'member', 'moveMembers', { fromUnitId: 'u-grass-2', toUnitId: unit.id });
  await measure(organizer.openid, 'member', 'moveMembers', { fromUnitId: unit.id, toUnitId: 'u-grass-2' });
  await measure(admin.openid, 'member', 'moveUnit', { unitId: unit.id, parentId: 'u-brigade-2' });
  await measure(admin.openid, 'member', 'retireUnit', { unitId: unit.id });
};
