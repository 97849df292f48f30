/**
 * Cloud storage for this area: short-lived links to proof images (never their file ids) and
 * uploaded exports. No database requests.
 */
import { cloud } from '../lib/cloud';

interface TempFile {
  fileID: string;
  tempFileURL: string;
  status: number;
}

/** WeChat resolves at most 50 files per getTempFileURL call. */
const BATCH = 50;

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
