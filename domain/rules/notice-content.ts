/**
 * What a notice is made of, and the limits both the compose page and the server hold it to.
 * A notice body is a list of blocks (paragraphs and images) rather than rich HTML: nothing to
 * sanitise, and it renders the same on WeChat and H5.
 */
export const NOTICE_CATEGORIES = ['通知', '活动', '学习', '帮扶'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export const NOTICE_LIMITS = {
  title: 40,
  paragraph: 2000,
  blocks: 60,
  images: 9,
  /** Units one notice may be aimed at (a unit includes its subtree, so a handful is typical). */
  audienceUnits: 50,
  /** Schedule at most this far ahead. */
  scheduleDays: 180,
} as const;

/** An image is stored by its cloud file ID; the server turns it into a temporary URL for display. */
export type NoticeBlock = { type: 'p'; text: string } | { type: 'img'; fileID: string };

/** Cloud file IDs as WeChat issues them (`cloud://env.bucket/path`), bounded. */
export const FILE_ID_PATTERN = /^cloud:\/\/[A-Za-z0-9._-]+\/[^\s?#]{1,400}$/;

/** The first words of a notice for list previews. */
export function excerptOf(blocks: NoticeBlock[], max = 48): string {
  const first = blocks.find((b): b is { type: 'p'; text: string } => b.type === 'p');
  if (!first) return '';
  const text = first.text.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Turns pasted text into paragraphs: blank lines separate paragraphs, single newlines stay. */
export function paragraphsOf(text: string): NoticeBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ type: 'p' as const, text: p }));
}

/** The problem with a body, or null: at least one non-empty paragraph, bounded images. */
export function bodyProblem(blocks: NoticeBlock[]): string | null {
  if (!blocks.some((b) => b.type === 'p' && b.text.trim().length > 0)) return '正文至少需要一段文字';
  if (blocks.filter((b) => b.type === 'img').length > NOTICE_LIMITS.images) return `图片最多${NOTICE_LIMITS.images}张`;
  return null;
}
