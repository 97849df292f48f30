/** Files in cloud storage: an uploaded spreadsheet read back, a written one handed out behind a temporary link. */
import crypto from 'crypto';
import type { FileLink } from '../../domain/contract/quiz-admin';
import { AppError } from '../../domain/errors';
import { cloud } from '../lib/cloud';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export async function download(fileID: string): Promise<Buffer> {
  let content: Buffer;
  try {
    content = (await cloud.downloadFile({ fileID })).fileContent as Buffer;
  } catch {
    throw new AppError('NOT_FOUND', '文件不存在或已过期，请重新上传');
  }
  if (content.length > MAX_UPLOAD_BYTES) throw new AppError('BAD_REQUEST', '文件过大（不能超过5MB），请分批导入');
  return content;
}

/** Temporary links last two hours: long enough to open and save, short enough not to leak a bank. */
const LINK_SECONDS = 2 * 3600;

/**
 * Uploads a file the function wrote and returns a temporary link to it. The path carries a random
 * part, so one organizer's export is never found by guessing another's.
 */
export async function publish(folder: string, fileName: string, content: Buffer, rows: number): Promise<FileLink> {
  const cloudPath = `${folder}/${Date.now()}-${crypto.randomBytes(6).toString('hex')}.xlsx`;
  try {
    const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content });
    const res = (await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LINK_SECONDS }] })) as unknown as { fileList: { tempFileURL?: string }[] };
    const url = res.fileList?.[0]?.tempFileURL;
    if (!url) throw new Error('no temp url');
    return { url, fileID, fileName, rows };
  } catch (err) {
    console.error('[quizAdmin] publishing a file failed', err);
    throw new AppError('INTERNAL', '文件生成失败，请稍后重试');
  }
}
