/** Images of lessons and 心得 are shown through temporary links, asked for at once (no database request). */
import { tempUrls } from '../lib/storage';

const LINK_SECONDS = 24 * 3600;

/** Links by file id; an image that cannot be resolved is left out rather than failing the page. */
export async function imageLinks(fileIDs: string[]): Promise<Map<string, string>> {
  if (fileIDs.length === 0) return new Map();
  try {
    return await tempUrls(fileIDs, LINK_SECONDS);
  } catch (err) {
    console.error('[training] getTempFileURL failed', err);
    return new Map();
  }
}
