import Taro from '@tarojs/taro';

/** One picked image: its temp path (preview and weapp upload) and, on H5, the browser's File to upload. */
export interface PickedImage {
  path: string;
  file?: Blob;
  /** Lower-case extension for the cloud path (jpg when the name carries none). */
  ext: string;
}

const extOf = (name: string): string => (/\.(\w{3,4})$/.exec(name)?.[1] ?? 'jpg').toLowerCase();

/**
 * Asks the member for one image; null when they close the picker. On WeChat this is chooseMedia
 * (chooseImage is deprecated there); Taro's H5 build has no chooseMedia, so H5 keeps chooseImage,
 * whose result also carries the File that the local server's upload needs.
 */
export async function pickImage(
  sourceType: Array<'album' | 'camera'> = ['album', 'camera'],
): Promise<PickedImage | null> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.chooseMedia({ count: 1, mediaType: ['image'], sizeType: ['compressed'], sourceType });
      const path = res.tempFiles[0]?.tempFilePath;
      return path ? { path, ext: extOf(path) } : null;
    }
    const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType });
    const path = res.tempFilePaths[0];
    if (!path) return null;
    const file = (res.tempFiles[0] as { originalFileObj?: File } | undefined)?.originalFileObj;
    return { path, file, ext: extOf(file?.name ?? path) };
  } catch {
    return null; // The member closed the picker.
  }
}
