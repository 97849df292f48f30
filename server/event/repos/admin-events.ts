/** The events an organizer works on: run in their subtree, or aimed at their unit, its ancestors or descendants. */
import { collection, command } from '../../lib/collection';
import { rows, totalOf } from '../../lib/results';
import type { EventDoc } from './docs';

const LIST_FIELDS = { description: false, fields: false } as const;

/**
 * Published and closed events (drafts have no registrations), latest start first. `ownerUnit` null
 * (admins) = every event; otherwise those owned at or below it, or aimed at one of `audienceUnits`.
 */
export async function pageWorkedEvents(
  ownerUnit: string | null,
  audienceUnits: string[],
  skip: number,
  limit: number,
): Promise<{ items: EventDoc[]; total: number }> {
  const _ = command();
  const live = { status: _.in(['published', 'closed']) };
  const where = ownerUnit
    ? _.and([live, _.or([{ ownerUnitPath: ownerUnit }, { audienceUnits: _.in(audienceUnits) }])])
    : live;
  const [list, count] = await Promise.all([
    collection('events').where(where).orderBy('startsAt', 'desc').skip(skip).limit(limit).field(LIST_FIELDS).get(),
    collection('events').where(where).count(),
  ]);
  return { items: rows<EventDoc>(list), total: totalOf(count) };
}
