import type { HomeEvent } from '../../domain/contract/home';
import { placesLeft } from '../../domain/rules/event-seats';
import { seatRulesOf } from '../event/repos/docs';
import { msOrNull } from '../lib/time';
import { listSignupOpenWithMine } from '../event/repos/home-events';
import type { HomePart } from './types';

/** The home page shows the few events whose sign-up closes soonest. */
const LIMIT = 5;

/**
 * Events aimed at the member whose sign-up is open or still ahead, with the member's state: one
 * request (the events, the member's registration joined in).
 */
export const eventsForHome: HomePart<HomeEvent[]> = async (member, now) => {
  const events = await listSignupOpenWithMine(member, now, LIMIT);
  return events.map((e) => ({
    id: e._id,
    title: e.title,
    kind: e.kind,
    startsAt: msOrNull(e.startsAt) ?? 0,
    signupClosesAt: msOrNull(e.signupClosesAt) ?? 0,
    placesLeft: placesLeft(seatRulesOf(e), e.seats),
    mine: e.mine[0]?.state ?? null,
  }));
};
