import { collection, command } from '../../lib/collection';
import { row, rows, totalOf } from '../../lib/results';
import type { EventDoc } from './docs';
import type { MemberDoc } from '../../member/repos/members';

const events = () => collection('events');

/** Lists and cards never need the description or the form. */
export const LIST_FIELDS = { description: false, fields: false } as const;

export async function findEvent(id: string): Promise<EventDoc | null> {
  return row<EventDoc>(await events().doc(id).get());
}

type Audience = Pick<MemberDoc, 'unitPath' | 'role'>;

/**
 * Published events aimed at the member and matching `where`, earliest `order` first: the audience
 * match every member-facing list starts from, in one place so the lists keep to the same index.
 */
export async function listAimedAt(
  member: Audience,
  where: Record<string, unknown>,
  order: 'startsAt' | 'signupClosesAt',
  limit: number,
  fields: Record<string, boolean> = LIST_FIELDS,
): Promise<EventDoc[]> {
  const _ = command();
  return rows<EventDoc>(
    await events()
      .where({ status: 'published', audienceUnits: _.in(member.unitPath), audienceRoles: member.role, ...where })
      .orderBy(order, 'asc')
      .limit(limit)
      .field(fields)
      .get(),
  );
}

/** Published events aimed at the member that have not ended, soonest first (one indexed query). */
export function listOpenFor(member: Audience, now: Date, limit: number): Promise<EventDoc[]> {
  return listAimedAt(member, { endsAt: command().gt(now) }, 'startsAt', limit);
}

/** A few events by id (for lists of registrations), without their descriptions. */
export async function findEventsByIds(ids: string[]): Promise<EventDoc[]> {
  if (!ids.length) return [];
  const _ = command();
  return rows<EventDoc>(
    await events()
      .where({ _id: _.in(ids) })
      .limit(Math.min(ids.length, 1000))
      .field(LIST_FIELDS)
      .get(),
  );
}

/** Events owned in a subtree (null root = all, for admins), newest first. */
export async function listOwnedEvents(
  rootUnitId: string | null,
  status: EventDoc['status'] | undefined,
  skip: number,
  limit: number,
): Promise<{ items: EventDoc[]; total: number }> {
  const where: Record<string, unknown> = {};
  if (rootUnitId) where.ownerUnitPath = rootUnitId;
  if (status) where.status = status;
  const [list, count] = await Promise.all([
    events().where(where).orderBy('createdAt', 'desc').skip(skip).limit(limit).field(LIST_FIELDS).get(),
    events().where(where).count(),
  ]);
  return { items: rows<EventDoc>(list), total: totalOf(count) };
}

export async function insertEvent(doc: EventDoc): Promise<void> {
  await events().add({ data: doc });
}
