/**
 * The seat counters as the registrations stand (one aggregate): what a recount sets them to.
 */
import { NO_QUOTA, emptySeats, type Seats } from '../../domain/rules/event-seats';
import { collection, command } from '../lib/collection';
import type { EventDoc } from './repos/docs';
import { countByStateAndQuota } from './repos/registrations';

/** The counters as the registrations stand. */
export async function counted(event: EventDoc): Promise<Omit<Seats, 'promotions' | 'changedAt' | 'checkedAt'>> {
  const seats = emptySeats(event.unitQuotas);
  const quota = new Set(event.unitQuotas.map((q) => q.unitId));
  for (const g of await countByStateAndQuota(event._id)) {
    const key = quota.has(g.quotaUnitId) ? g.quotaUnitId : NO_QUOTA;
    if (g.state === 'confirmed') {
      seats.confirmed += g.n;
      if (key !== NO_QUOTA) seats.quotaUsed[key] += g.n;
    } else if (g.state === 'waitlisted') {
      seats.waiting += g.n;
      seats.waitingBy[key] += g.n;
    } else if (g.state === 'pending') {
      seats.pending += g.n;
    }
  }
  const { promotions, changedAt, checkedAt, ...rest } = seats;
  void promotions;
  void changedAt;
  void checkedAt;
  return rest;
}

/**
 * Events stored before the counters had their present shape (a waitlist array, no per-quota
 * waiting counts): their counters are recounted once from the registrations, so the conditional
 * updates have every field they test. Returns the event as it now stands.
 */
export async function withCurrentCounters(event: EventDoc): Promise<EventDoc> {
  if (event.seats.waitingBy && typeof event.seats.waiting === 'number') return event;
  const seats = await counted(event);
  const fresh = { ...emptySeats(event.unitQuotas), ...event.seats, ...seats };
  delete (fresh as { waitlist?: unknown }).waitlist;
  await collection('events')
    .where({ _id: event._id, 'seats.waitingBy': command().exists(false) })
    .update({ data: { seats: command().set(fresh) } });
  return { ...event, seats: fresh };
}
