import type { AdminPaperCard } from '@domain/contract/quiz-admin-model';

/** One word for where a paper stands, from its status and window. */
export function paperStateLabel(p: Pick<AdminPaperCard, 'status' | 'window'>): {
  text: string;
  tone: 'ok' | 'muted' | 'warn' | '';
} {
  if (p.status === 'draft') return { text: '草稿', tone: 'muted' };
  if (p.status === 'withdrawn') return { text: '已撤回', tone: 'muted' };
  if (p.window === 'upcoming') return { text: '未开始', tone: '' };
  if (p.window === 'open') return { text: '进行中', tone: 'ok' };
  return { text: '已结束', tone: 'warn' };
}
