import type { NoticeBlockView } from '../../domain/contract/notice';
import type { NoticeBlock } from '../../domain/rules/notice-content';
import { imageLinks } from './images';

/** A lesson's body as readers see it: its images through temporary links (one storage call). */
export async function lessonBlocks(blocks: NoticeBlock[]): Promise<NoticeBlockView[]> {
  const urls = await imageLinks(blocks.flatMap((b) => (b.type === 'img' ? [b.fileID] : [])));
  return blocks.flatMap((b): NoticeBlockView[] => {
    if (b.type === 'p') return [{ type: 'p', text: b.text }];
    const url = urls.get(b.fileID);
    return url ? [{ type: 'img', fileID: b.fileID, url }] : [];
  });
}
