import type { NoticeBlock } from '../../domain/rules/notice-content';
import type { NoticeBlockView } from '../../domain/contract/notice';
import { tempUrls } from '../lib/storage';

/** Body images are looked at now: a link for a day is plenty. */
const IMAGE_LINK_SECONDS = 24 * 3600;

/**
 * Body images are stored as cloud file IDs; phones (and H5) show them through temporary URLs, asked
 * for all at once (one storage call, no database request). An image that cannot be resolved is
 * dropped from the view rather than failing the notice.
 */
export async function blockViews(blocks: NoticeBlock[]): Promise<NoticeBlockView[]> {
  const ids = blocks.flatMap((b) => (b.type === 'img' ? [b.fileID] : []));
  let urls = new Map<string, string>();
  if (ids.length > 0) {
    try {
      urls = await tempUrls(ids, IMAGE_LINK_SECONDS);
    } catch (err) {
      console.error('[notice] getTempFileURL failed', err);
    }
  }
  return blocks.flatMap((b): NoticeBlockView[] => {
    if (b.type === 'p') return [{ type: 'p', text: b.text }];
    const url = urls.get(b.fileID);
    return url ? [{ type: 'img', fileID: b.fileID, url }] : [];
  });
}
