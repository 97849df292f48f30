/** The organizer's review queue: pending applications of a unit subtree, oldest first. */
import { collection } from '../../lib/collection';
import { rows, totalOf } from '../../lib/results';
import type { RegistrationDoc } from './docs';

/** Two requests in parallel: the page and the total (index state_path_time / event_state). */
export async function pagePendingApplications(
  underUnit: string | null,
  eventId: string | undefined,
  skip: number,
  limit: number,
): Promise<{ items: RegistrationDoc[]; total: number }> {
  const where: Record<string, unknown> = { state: 'pending' };
  if (underUnit) where.unitPath = underUnit;
  if (eventId) where.eventId = eventId;
  const [list, count] = await Promise.all([
    collection('registrations')
      .where(where)
      .orderBy('signedUpAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit)
      .get(),
    collection('registrations').where(where).count(),
  ]);
  return { items: rows<RegistrationDoc>(list), total: totalOf(count) };
}
