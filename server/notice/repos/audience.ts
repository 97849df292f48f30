import type { Audience } from '../../../domain/rules/audience';
import { collection, command, countPerValue } from '../../lib/collection';
import { rows } from '../../lib/results';

/**
 * The members a notice is aimed at: verified members whose unit path meets the aimed units and
 * whose role is aimed at. Read from `members` for the notice area's fan-out and reports.
 */
function aimedWhere(a: Audience) {
  const _ = command();
  return { status: 'verified', unitPath: _.in(a.audienceUnits), role: _.in(a.audienceRoles) };
}

/** The next page of aimed members' openids after `afterId`, in `_id` order (stable paging). */
export async function aimedIdsAfter(a: Audience, afterId: string, limit: number): Promise<string[]> {
  const where = afterId ? { ...aimedWhere(a), _id: command().gt(afterId) } : aimedWhere(a);
  const page = rows<{ _id: string }>(
    await collection('members').where(where).orderBy('_id', 'asc').limit(limit).field({ _id: true }).get(),
  );
  return page.map((m) => m._id);
}

/** Aimed members per unit (their own unit), one aggregate. */
export function aimedByUnit(a: Audience): Promise<Record<string, number>> {
  return countPerValue('members', aimedWhere(a), 'unitId');
}

export interface AimedMember {
  _id: string;
  name: string;
  unitId: string;
  phone: string;
}

/** Every aimed member with what the unread list shows, paged through by `_id` (1000 per request). */
export async function allAimed(a: Audience): Promise<AimedMember[]> {
  const out: AimedMember[] = [];
  let after = '';
  for (;;) {
    const where = after ? { ...aimedWhere(a), _id: command().gt(after) } : aimedWhere(a);
    const page = rows<AimedMember>(
      await collection('members')
        .where(where)
        .orderBy('_id', 'asc')
        .limit(1000)
        .field({ name: true, unitId: true, phone: true })
        .get(),
    );
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]._id;
  }
}
