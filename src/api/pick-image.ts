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
 * Asks the member for up to `count` images; none when they close the picker. On WeChat this is
 * chooseMedia (chooseImage is deprecated there); Taro's H5 build has no chooseMedia, so H5 keeps
 * chooseImage, whose result also carries the File that the local server's upload needs.
 */
export async function pickImages(
  count: number,
  sourceType: Array<'album' | 'camera'> = ['album', 'camera'],
): Promise<PickedImage[]> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.chooseMedia({ count, mediaType: ['image'], sizeType: ['compressed'], sourceType });
      return res.tempFiles.flatMap((f) =>
        f.tempFilePath ? [{ path: f.tempFilePath, ext: extOf(f.tempFilePath) }] : [],
      );
    }
    const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType });
    return res.tempFilePaths.map((path, i) => {
      const file = (res.tempFiles[i] as { originalFileObj?: File } | undefined)?.originalFileObj;
      return { path, file, ext: extOf(file?.name ?? path) };
    });
  } catch {
    return []; // The member closed the picker.
  }
}

/** Asks the member for one image; null when they close the picker. */
export async function pickImage(
  sourceType: Array<'album' | 'camera'> = ['album', 'camera'],
): Promise<PickedImage | null> {
  return (await pickImages(1, sourceType))[0] ?? null;
}
