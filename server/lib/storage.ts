/**
 * Cloud storage, typed once: temporary links (never file ids handed to viewers), uploads of files a
 * function wrote, and downloads of files a member uploaded. No database requests.
 */
import crypto from 'crypto';
import type { FileLink } from '../../domain/contract/quiz-admin-model';
import { AppError } from '../../domain/errors';
import { cloud } from './cloud';

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

export async function uploadFile(cloudPath: string, content: Buffer): Promise<string> {
  const res = (await cloud.uploadFile({ cloudPath, fileContent: content })) as unknown as { fileID: string };
  return res.fileID;
}

/** A member's uploaded file, or NOT_FOUND / BAD_REQUEST in words they can act on. */
export async function downloadFile(fileID: string, maxBytes = MAX_UPLOAD_BYTES): Promise<Buffer> {
  let content: Buffer;
  try {
    content = (await cloud.downloadFile({ fileID })).fileContent as Buffer;
  } catch {
    throw new AppError('NOT_FOUND', '文件不存在或已过期，请重新上传');
  }
  if (content.length > maxBytes) throw new AppError('BAD_REQUEST', '文件过大（不能超过5MB），请分批导入');
  return content;
}

/**
 * Uploads a file the function wrote and returns a temporary link to it. The path carries a random
 * part, so one organizer's export is never found by guessing another's.
 */
export async function publishFile(
  folder: string,
  fileName: string,
  content: Buffer,
  rows: number,
  linkSeconds: number,
): Promise<FileLink> {
  const cloudPath = `${folder}/${Date.now()}-${crypto.randomBytes(6).toString('hex')}.xlsx`;
  try {
    const fileID = await uploadFile(cloudPath, content);
    const url = (await tempUrls([fileID], linkSeconds)).get(fileID);
    if (!url) throw new Error('no temp url');
    return { url, fileID, fileName, rows };
  } catch (err) {
    console.error('[storage] publishing a file failed', err);
    throw new AppError('INTERNAL', '文件生成失败，请稍后重试');
  }
}
