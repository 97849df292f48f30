/** Images of lessons and 心得 are shown through temporary links, asked for at once (no database request). */
import { isUploadOf, tempUrls } from '../lib/storage';
import type { EssayDoc } from './repos/docs';

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

/**
 * The images of a 心得 that its author uploaded for it (the path names them). Anything else (a file
 * id stored before uploads were checked) is never signed: a link made with the function's rights
 * must not open someone else's file.
 */
export const essayImages = (e: Pick<EssayDoc, 'images' | 'openid'>): string[] =>
  e.images.filter((fileID) => isUploadOf(fileID, e.openid, 'essay'));
