import type { NoticeLinkKind, NoticeLinkView } from '../../../domain/contract/notice';
import type { Audience } from '../../../domain/rules/audience';
import { collection } from '../../lib/collection';
import { row, rows } from '../../lib/results';

/**
 * What a notice may link to: a welfare event or a quiz paper. Read straight from those areas'
 * collections (title, status and audience only), so a notice needs no call into another function.
 */
const SOURCES: Record<NoticeLinkKind, () => ReturnType<typeof collection>> = {
  event: () => collection('events'),
  paper: () => collection('quiz_papers'),
};

interface Linkable extends Audience {
  _id: string;
  title: string;
  status: string;
}

/** A link target and who can open it. */
export type LinkTarget = NoticeLinkView & Audience;

/** Members can open these; drafts and withdrawn papers they cannot. A closed event still shows its page. */
const LINKABLE = new Set(['published', 'closed']);

const FIELDS = { title: true, status: true, audienceUnits: true, audienceRoles: true } as const;

const targetOf = (kind: NoticeLinkKind, d: Linkable): LinkTarget => ({
  kind,
  id: d._id,
  title: d.title,
  audienceUnits: d.audienceUnits ?? [],
  audienceRoles: d.audienceRoles ?? [],
});

/** The target if it exists and members can open it. */
export async function findLinkTarget(kind: NoticeLinkKind, id: string): Promise<LinkTarget | null> {
  const doc = row<Linkable>(await SOURCES[kind]().doc(id).get());
  if (!doc || !LINKABLE.has(doc.status)) return null;
  return targetOf(kind, doc);
}

/** Published events and papers, newest first, for the compose page's picker (2 requests). */
export async function recentLinkTargets(limit = 30): Promise<LinkTarget[]> {
  const read = async (kind: NoticeLinkKind) =>
    rows<Linkable>(
      await SOURCES[kind]()
        .where({ status: 'published' })
        .orderBy('createdAt', 'desc')
        .limit(limit)
        .field(FIELDS)
        .get(),
    ).map((d) => targetOf(kind, d));
  const [events, papers] = await Promise.all([read('event'), read('paper')]);
  return [...events, ...papers];
}

/** What a notice stores of its link: never who the target is aimed at. */
export const linkView = (t: LinkTarget): NoticeLinkView => ({ kind: t.kind, id: t.id, title: t.title });
