import type { NoticeBlockView } from '@domain/contract/notice';
import type { NoticeBlock } from '@domain/rules/notice-content';

/** A block in the editor: images keep the URL they are shown with (a local path until reloaded). */
export type EditBlock = NoticeBlockView & { key: string };

let seq = 0;
export const keyed = (b: NoticeBlockView): EditBlock => ({ ...b, key: `b${++seq}` });

/** What the server stores: empty paragraphs dropped, images by file ID only. */
export function toInput(blocks: EditBlock[]): NoticeBlock[] {
  return blocks.flatMap((b): NoticeBlock[] => {
    if (b.type === 'img') return [{ type: 'img', fileID: b.fileID }];
    const text = b.text.trim();
    return text ? [{ type: 'p', text }] : [];
  });
}

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
