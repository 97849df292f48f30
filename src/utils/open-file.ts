import Taro from '@tarojs/taro';
import type { FileLink } from '@domain/contract/sheet-import';

/**
 * Opens a spreadsheet the server wrote. On WeChat: download it and open it in the document viewer,
 * from where the organizer forwards or saves it. On H5: the browser downloads the link.
 */
export async function openFile(link: Pick<FileLink, 'url' | 'fileName'>): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a');
    a.href = link.url;
    a.download = link.fileName;
    a.target = '_blank';
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    return;
  }
  const res = await Taro.downloadFile({ url: link.url });
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true });
}
