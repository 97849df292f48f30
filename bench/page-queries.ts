/**
 * What each main-package page needs in its URL to load as a member would reach it: ids taken from
 * the demo union through the product's own actions, and the persona to open it as. A page not
 * listed here opens with no query as the worker persona.
 */
import type { CloudHost } from '../emulator';
import { PERSONAS } from '../demo/union';
import type { PersonaKey } from '../tests/e2e/support/app';
import { messageOf } from './figure';
import { okInvoke } from './support/invoke';

export type PageQuery = { persona?: PersonaKey; query?: string } | { missing: string };

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | { missing: string }> {
  try {
    return await fn();
  } catch (e) {
    return { missing: `${what}: ${messageOf(e)}` };
  }
}

const isMissing = (v: unknown): v is { missing: string } => !!v && typeof v === 'object' && 'missing' in v;

function withId(id: string | { missing: string }, build: (id: string) => PageQuery): PageQuery {
  return isMissing(id) ? id : build(id);
}

export async function pageQueries(host: CloudHost): Promise<Record<string, PageQuery>> {
  const worker = PERSONAS.worker.openid;
  const cadre = PERSONAS.cadre.openid;

  const paperId = await attempt('no open paper in the demo data', async () => {
    const open = (await okInvoke(host, worker, 'quiz', 'listPapers', {})).items.find((p) => p.window === 'open');
    if (!open) throw new Error('listPapers returned none open');
    return open.id;
  });
  // The answering page needs an attempt in progress (the worker's), the result page a submitted one (the cadre's).
  const liveAttempt = isMissing(paperId)
    ? paperId
    : await attempt(
        'could not start the demo paper',
        async () => (await okInvoke(host, worker, 'quiz', 'start', { paperId })).attemptId,
      );
  const doneAttempt = isMissing(paperId)
    ? paperId
    : await attempt('could not start and submit the demo paper', async () => {
        const live = await okInvoke(host, cadre, 'quiz', 'start', { paperId });
        return (await okInvoke(host, cadre, 'quiz', 'submit', { attemptId: live.attemptId })).attemptId;
      });
  const eventId = await attempt('no open event in the demo data', async () => {
    const first = (await okInvoke(host, worker, 'event', 'listOpen', {}))[0];
    if (!first) throw new Error('listOpen returned none');
    return first.id;
  });
  const noticeId = await attempt('no notice in the demo data', async () => {
    const first = (await okInvoke(host, worker, 'notice', 'listMine', { page: 1 })).items[0];
    if (!first) throw new Error('listMine returned none');
    return first.id;
  });

  return {
    'pages/paper-intro/index': withId(paperId, (id) => ({ query: `id=${id}` })),
    'packages/study/paper-answer/index': withId(liveAttempt, (id) => ({ query: `attemptId=${id}` })),
    'packages/study/paper-result/index': withId(doneAttempt, (id) => ({ persona: 'cadre', query: `attemptId=${id}` })),
    'pages/event-detail/index': withId(eventId, (id) => ({ query: `id=${id}` })),
    'packages/member/event-signup/index': withId(eventId, (id) => ({ query: `id=${id}` })),
    'pages/notice-detail/index': withId(noticeId, (id) => ({ query: `id=${id}` })),
  };
}
