import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { listOpenFor } from '../repos/events';
import { findMemberRegistrationsFor } from '../repos/registrations';
import { positionOf } from '../repos/waitlist';
import { toSummary } from '../views';

/** At most this many upcoming events on the list: a union runs a handful at a time. */
const LIMIT = 50;

export const listOpen: Handler<typeof eventContract.listOpen> = async (_input, ctx) => {
  const member = ctx.member;
  const events = await listOpenFor(member, ctx.now, LIMIT);
  const mine = await findMemberRegistrationsFor(
    member._id,
    events.map((e) => e._id),
  );
  const byEvent = new Map(mine.map((r) => [r.eventId, r]));
  // A member waits on few events: one count each for their place in line.
  const positions = new Map(
    await Promise.all(
      mine.filter((r) => r.state === 'waitlisted').map(async (r) => [r.eventId, await positionOf(r)] as const),
    ),
  );
  return events.map((e) => toSummary(e, byEvent.get(e._id) ?? null, ctx.now, positions.get(e._id) ?? null));
};
