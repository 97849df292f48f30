import type { SeatStats } from '../../domain/contract/event-model';
import { placesLeft } from '../../domain/rules/event-seats';
import { seatRulesOf, type EventDoc } from './repos/docs';

/** An event's places as organizers see them (event and eventAdmin functions both show it). */
export function seatStats(e: EventDoc): SeatStats {
  return {
    confirmed: e.seats.confirmed,
    pending: e.seats.pending,
    // Slots taken: members waiting, and any join on its way in.
    waitlisted: Math.max(0, e.seats.waiting ?? 0),
    placesLeft: placesLeft(seatRulesOf(e), e.seats),
    promotions: e.seats.promotions,
  };
}
