/**
 * A published paper of `size` questions drawn at random from the starter bank (which the demo
 * seed loads), open now for the whole union, made through the quiz function as an admin would.
 */
import type { CloudHost } from '../../emulator';
import type { PaperInput, Quota } from '../../domain/contract/quiz';
import { ROLES } from '../../domain/roles';
import { starterQuestions } from '../../demo/questions';
import { PERSONAS } from '../../demo/union';
import { okInvoke } from './invoke';

/** Quotas spread over the bank's (category, type) groups, largest first, never above a group's size. */
export function quotasFor(size: number): Quota[] {
  const groups = new Map<string, Quota>();
  const available = new Map<string, number>();
  for (const q of starterQuestions) {
    const key = `${q.category}|${q.type}`;
    available.set(key, (available.get(key) ?? 0) + 1);
    if (!groups.has(key)) groups.set(key, { category: q.category, type: q.type, count: 0 });
  }
  const keys = [...available.keys()].sort((a, b) => available.get(b)! - available.get(a)!);
  let left = size;
  while (left > 0) {
    const before = left;
    for (const key of keys) {
      const g = groups.get(key)!;
      if (left > 0 && g.count < available.get(key)!) {
        g.count += 1;
        left -= 1;
      }
    }
    if (left === before) throw new Error(`the starter bank has fewer than ${size} questions`);
  }
  return [...groups.values()].filter((g) => g.count > 0);
}

/** What an organizer submits for such a paper. */
export function openPaperInput(title: string, size: number, now = Date.now()): PaperInput {
  return {
    title,
    audienceUnits: ['u-branch'],
    audienceRoles: [...ROLES],
    draw: { mode: 'random', quotas: quotasFor(size) },
    points: { single: 5, multiple: 5, judge: 5 },
    passScore: size * 3,
    timeLimitMinutes: 60,
    opensAt: now - 60_000,
    closesAt: now + 24 * 3_600_000,
    maxAttemptsTotal: null,
    maxAttemptsPerDay: null,
    counts: 'best',
  };
}

/** Sets up and publishes a paper as an organizer does: save the draft, then publish it. */
export async function createOpenPaper(host: CloudHost, title: string, size: number): Promise<string> {
  const draft = await okInvoke(host, PERSONAS.admin.openid, 'quizAdmin', 'savePaper', {
    paper: openPaperInput(title, size),
  });
  return (await okInvoke(host, PERSONAS.admin.openid, 'quizAdmin', 'publishPaper', { paperId: draft.id })).id;
}
