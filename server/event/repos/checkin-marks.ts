/**
 * Marking attendance. One conditional update (only a confirmed registration not yet checked in
 * matches), so two scanners scanning the same code at once check the member in exactly once.
 */
import { collection, command } from '../../lib/collection';
import { totalOf, updatedOf } from '../../lib/results';

const registrations = () => collection('registrations');

/** True when this call checked the member in; false when nothing matched (already in, or no longer confirmed). */
export async function markCheckedIn(registrationId: string, by: string, now: Date): Promise<boolean> {
  const updated = await registrations()
    .where({ _id: registrationId, state: 'confirmed', checkedInAt: null })
    .update({ data: { checkedInAt: now, checkedInBy: by, updatedAt: now } });
  return updatedOf(updated) === 1;
}

/** How many of an event's confirmed members (of a unit's subtree, or all) have been checked in. */
export async function countCheckedIn(eventId: string, underUnit: string | null): Promise<number> {
  const _ = command();
  const where: Record<string, unknown> = { eventId, state: 'confirmed', checkedInAt: _.neq(null) };
  if (underUnit) where.unitPath = underUnit;
  return totalOf(await registrations().where(where).count());
}

/** How many members of a unit's subtree hold a place (the event's own counter has the total for all). */
export async function countConfirmedUnder(eventId: string, underUnit: string): Promise<number> {
  return totalOf(await registrations().where({ eventId, unitPath: underUnit, state: 'confirmed' }).count());
}
