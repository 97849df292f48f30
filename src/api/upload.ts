import Taro from '@tarojs/taro';
import { UPLOAD_EXTENSIONS, type UploadExtension, type UploadPurpose } from '@domain/rules/uploads';
import { call } from './call';
import { ApiError, isApiError } from './errors';
import { getDevOpenid } from './dev-identity';

/**
 * Puts a file into cloud storage and returns its fileID, for a cloud function to read. The path
 * comes from the server (member.getUploadPath: under the caller's own folder, the only place a
 * function accepts a file from). On WeChat: Taro.cloud.uploadFile from a temp file path (e.g. from
 * Taro.chooseMessageFile). On H5 there is no Taro.cloud: the local server stands in (POST
 * /api/dev/upload with the content as base64).
 */
export type UploadSource = { filePath: string } | { file: Blob };

export async function uploadToCloud(purpose: UploadPurpose, ext: string, source: UploadSource): Promise<string> {
  let cloudPath: string;
  try {
    // A photo in a format we do not name (heic...) is still stored as an image.
    const known = (UPLOAD_EXTENSIONS as readonly string[]).includes(ext.toLowerCase())
      ? (ext.toLowerCase() as UploadExtension)
      : 'jpg';
    ({ cloudPath } = await call('member', 'getUploadPath', { purpose, ext: known }));
  } catch (e) {
    throw isApiError(e) ? e : new ApiError({ code: 'INTERNAL', message: '文件上传失败，请检查网络后重试' });
  }
  return uploadToPath(cloudPath, source);
}

/**
 * The upload itself, to a path a function handed out (member.getUploadPath above, or the folder of a
 * 职工心声 draft, which names nobody so an anonymous writer stays anonymous).
 */
export async function uploadToPath(cloudPath: string, source: UploadSource): Promise<string> {
  try {
    if ('filePath' in source) {
      const res = await Taro.cloud.uploadFile({ cloudPath, filePath: source.filePath });
      return res.fileID;
    }
    const res = await fetch(`${UNION_API_BASE}/api/dev/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-openid': getDevOpenid() },
      body: JSON.stringify({ cloudPath, base64: await base64Of(source.file) }),
    });
    if (!res.ok) throw new Error(`upload failed: ${res.status}`);
    return ((await res.json()) as { fileID: string }).fileID;
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: '文件上传失败，请检查网络后重试' });
  }
}

function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
