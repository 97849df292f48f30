import type { HomeEvent } from '../../domain/contract/home';
import { placesLeft } from '../../domain/rules/event-seats';
import { seatRulesOf } from '../event/repos/docs';
import { msOrNull } from '../lib/time';
import { listSignupOpenFor } from '../event/repos/events';
import { findMemberRegistrationsFor } from '../event/repos/registrations';
import type { HomePart } from './types';

/** The home page shows the few events whose sign-up closes soonest. */
const LIMIT = 5;

/**
 * Events aimed at the member whose sign-up is open or still ahead, with the member's state:
 * two requests (the events, then the member's registrations for them).
 */
export const eventsForHome: HomePart<HomeEvent[]> = async (member, now) => {
  const events = await listSignupOpenFor(member, now, LIMIT);
  const mine = await findMemberRegistrationsFor(
    member._id,
    events.map((e) => e._id),
  );
  const stateOf = new Map(mine.map((r) => [r.eventId, r.state]));
  return events.map((e) => ({
    id: e._id,
    title: e.title,
    kind: e.kind,
    startsAt: msOrNull(e.startsAt) ?? 0,
    signupClosesAt: msOrNull(e.signupClosesAt) ?? 0,
    placesLeft: placesLeft(seatRulesOf(e), e.seats),
    mine: stateOf.get(e._id) ?? null,
  }));
};
