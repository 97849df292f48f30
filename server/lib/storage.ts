/**
 * Cloud storage, typed once: temporary links (never file ids handed to viewers), the paths members
 * upload to (decided here, naming the uploader), the ownership check every action taking a file id
 * makes, downloads of files a member uploaded, and exports (under the owner's path, deleted a day
 * later: see export-files.ts).
 */
import crypto from 'crypto';
import type { FileLink } from '../../domain/contract/quiz-admin-model';
import { AppError } from '../../domain/errors';
import {
  exportFolderOf,
  isOwnUpload,
  uploadFolderOf,
  type UploadExtension,
  type UploadPurpose,
} from '../../domain/rules/uploads';
import { cloud } from './cloud';
import { recordExport, sweepExports } from './export-files';

interface TempFile {
  fileID: string;
  tempFileURL: string;
  status: number;
}

/** WeChat resolves at most 50 files per getTempFileURL call. */
const BATCH = 50;

/** An uploaded spreadsheet larger than this is refused before it is parsed. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Temporary links by file id; a file that cannot be resolved is left out. */
export async function tempUrls(fileIDs: string[], maxAgeSeconds: number): Promise<Map<string, string>> {
  const unique = [...new Set(fileIDs)];
  const urls = new Map<string, string>();
  for (let i = 0; i < unique.length; i += BATCH) {
    const fileList = unique.slice(i, i + BATCH).map((fileID) => ({ fileID, maxAge: maxAgeSeconds }));
    const res = (await cloud.getTempFileURL({ fileList })) as unknown as { fileList?: TempFile[] };
    for (const f of res.fileList ?? []) if (f.status === 0 && f.tempFileURL) urls.set(f.fileID, f.tempFileURL);
  }
  return urls;
}

/** Where the caller uploads a file of this kind: their own folder, a name nobody can guess. */
export function uploadPathFor(openid: string, purpose: UploadPurpose, ext: UploadExtension): string {
  return `${uploadFolderOf(openid, purpose)}/${Date.now()}-${crypto.randomBytes(8).toString('hex')}.${ext}`;
}

/** The one answer to a file id that is not the caller's: the same as for one that does not exist. */
const NOT_YOURS = '文件不存在或已过期，请重新上传';

/** Did this member upload the file for this purpose? Judged from the id's path in this environment. */
export function isUploadOf(fileID: string, openid: string, purpose: UploadPurpose): boolean {
  return isOwnUpload(fileID, String(cloud.getWXContext().ENV ?? ''), openid, purpose);
}

/** Refuses (NOT_FOUND) any file id the caller did not upload for this purpose. */
export function mustOwnUpload(fileID: string, openid: string, purpose: UploadPurpose): void {
  if (!isUploadOf(fileID, openid, purpose)) throw new AppError('NOT_FOUND', NOT_YOURS);
}

async function uploadFile(cloudPath: string, content: Buffer): Promise<string> {
  const res = (await cloud.uploadFile({ cloudPath, fileContent: content })) as unknown as { fileID: string };
  return res.fileID;
}

/** A file the caller uploaded for this purpose, or NOT_FOUND / BAD_REQUEST in words they can act on. */
export async function downloadOwnUpload(
  fileID: string,
  openid: string,
  purpose: UploadPurpose,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<Buffer> {
  mustOwnUpload(fileID, openid, purpose);
  let content: Buffer;
  try {
    content = (await cloud.downloadFile({ fileID })).fileContent as Buffer;
  } catch {
    throw new AppError('NOT_FOUND', NOT_YOURS);
  }
  if (content.length > maxBytes) throw new AppError('BAD_REQUEST', '文件过大（不能超过5MB），请分批导入');
  return content;
}

/**
 * Writes an export for one member under their own path (a random name, so it is never found by
 * guessing), records it for deletion a day later, and clears out exports already past that.
 */
export async function putExport(owner: string, kind: string, content: Buffer, now: Date): Promise<string> {
  const cloudPath = `${exportFolderOf(owner, kind)}/${now.getTime()}-${crypto.randomBytes(8).toString('hex')}.xlsx`;
  const fileID = await uploadFile(cloudPath, content);
  await Promise.all([recordExport(fileID, owner, now), sweepExports(now)]);
  return fileID;
}

/** An export (putExport) with a temporary link to it. */
export async function publishFile(
  owner: string,
  kind: string,
  fileName: string,
  content: Buffer,
  rows: number,
  linkSeconds: number,
  now: Date,
): Promise<FileLink> {
  try {
    const fileID = await putExport(owner, kind, content, now);
    const url = (await tempUrls([fileID], linkSeconds)).get(fileID);
    if (!url) throw new Error('no temp url');
    return { url, fileID, fileName, rows };
  } catch (err) {
    console.error('[storage] publishing a file failed', err);
    throw new AppError('INTERNAL', '文件生成失败，请稍后重试');
  }
}
