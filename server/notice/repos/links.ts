import type { NoticeLinkKind, NoticeLinkView } from '../../../domain/contract/notice';
import { collection } from '../../lib/collection';
import { row, rows } from '../../lib/results';

/**
 * What a notice may link to: a welfare event or a quiz paper. Read straight from those areas'
 * collections (titles and status only), so a notice needs no call into another function.
 */
const SOURCES: Record<NoticeLinkKind, () => ReturnType<typeof collection>> = {
  event: () => collection('events'),
  paper: () => collection('quiz_papers'),
};

interface Linkable {
  _id: string;
  title: string;
  status: string;
}

/** Members can open these; drafts and withdrawn papers they cannot. A closed event still shows its page. */
const LINKABLE = new Set(['published', 'closed']);

/** The target's title if it exists and members can open it. */
export async function findLinkTarget(kind: NoticeLinkKind, id: string): Promise<NoticeLinkView | null> {
  const doc = row<Linkable>(await SOURCES[kind]().doc(id).get());
  if (!doc || !LINKABLE.has(doc.status)) return null;
  return { kind, id: doc._id, title: doc.title };
}

/** Published events and papers, newest first, for the compose page's picker (2 requests). */
export async function recentLinkTargets(limit = 30): Promise<NoticeLinkView[]> {
  const read = async (kind: NoticeLinkKind) =>
    rows<Linkable>(
      await SOURCES[kind]()
        .where({ status: 'published' })
        .orderBy('createdAt', 'desc')
        .limit(limit)
        .field({ title: true, status: true })
        .get(),
    ).map((d): NoticeLinkView => ({ kind, id: d._id, title: d.title }));
  const [events, papers] = await Promise.all([read('event'), read('paper')]);
  return [...events, ...papers];
}
