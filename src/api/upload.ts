import Taro from '@tarojs/taro';
import { ApiError } from './errors';
import { getDevOpenid } from './dev-identity';

/**
 * Puts a file into cloud storage and returns its fileID, for a cloud function to read. On WeChat:
 * Taro.cloud.uploadFile from a temp file path (e.g. from Taro.chooseMessageFile). On H5 there is no
 * Taro.cloud: the local server stands in (POST /api/dev/upload with the content as base64).
 */
export type UploadSource = { filePath: string } | { file: Blob };

export async function uploadToCloud(cloudPath: string, source: UploadSource): Promise<string> {
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

/** A cloud path no two uploads share: `<folder>/<time>-<random>.<ext>`. */
export const uniqueCloudPath = (folder: string, ext: string): string =>
  `${folder}/${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${ext}`;
