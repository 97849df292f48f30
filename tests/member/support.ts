/**
 * Helpers for the member tests: roster workbooks built with exceljs (the same library the function
 * parses with), uploaded into the local cloud's storage as a client upload would.
 */
import ExcelJS from 'exceljs';
import type { TestCloud } from '../support/cloud';
import { PERSONAS } from '../../demo/union';

export type RosterCell = string | number | null;

/** An .xlsx with the given header and rows on its first sheet. */
export async function rosterXlsx(
  rows: RosterCell[][],
  header: string[] = ['姓名', '工号', '手机号', '单位编码'],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let uploads = 0;

/**
 * Puts a file into cloud storage and returns its fileID, as Taro.cloud.uploadFile would at the path
 * member.getUploadPath gives: under the uploader's own folder (only they may import it).
 */
export function upload(
  cloud: TestCloud,
  content: Buffer,
  name = 'roster.xlsx',
  owner: string = PERSONAS.organizer.openid,
): string {
  uploads += 1;
  return cloud.host.storage.put(`uploads/${owner}/roster/test-${uploads}-${name}`, content, `client:${owner}`);
}

/** The code an action refused with, or 'OK'. */
export async function codeOf(p: Promise<{ ok: boolean; error?: { code: string } }>): Promise<string> {
  const env = await p;
  return env.ok ? 'OK' : env.error!.code;
}

/** Valid registration input for a made-up person. */
export const newcomerProfile = (over: Partial<Record<'name' | 'employeeNo' | 'phone' | 'unitId', string>> = {}) => ({
  name: '孙丽',
  employeeNo: 'QH10099',
  phone: '13905460099',
  unitId: 'u-grass-1',
  ...over,
});
