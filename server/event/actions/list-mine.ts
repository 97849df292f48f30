import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { canCancelAt } from '../../../domain/rules/event-window';
import { windowOf } from '../repos/docs';
import { msOrNull } from '../../lib/time';
import { findEventsByIds } from '../repos/events';
import { listMemberRegistrations } from '../repos/registrations';
import { positionOf } from '../repos/waitlist';
import { deliverFor } from '../notices';
import { toMyRegistration } from '../views';

/** A member's recent registrations: enough for years of union events. */
const LIMIT = 50;

/** Two requests, one more per registration still waiting (its place in line); anything still owed to the member is sent. */
export const listMine: Handler<typeof eventContract.listMine> = async (_input, ctx) => {
  const member = ctx.member;
  const regs = await listMemberRegistrations(member._id, LIMIT);
  const [found, positions] = await Promise.all([
    findEventsByIds([...new Set(regs.map((r) => r.eventId))]),
    Promise.all(regs.map((r) => (r.state === 'waitlisted' ? positionOf(r) : Promise.resolve(null)))),
  ]);
  const events = new Map(found.map((e) => [e._id, e]));
  await Promise.all(regs.map((r) => deliverFor(r, events.get(r.eventId) ?? null, ctx.now)));
  return regs.flatMap((r, i) => {
    const e = events.get(r.eventId);
    if (!e) return [];
    return [
      {
        ...toMyRegistration(r, positions[i]),
        event: {
          id: e._id,
          kind: e.kind,
          title: e.title,
          place: e.place,
          startsAt: msOrNull(e.startsAt) ?? 0,
          cancelDeadline: msOrNull(e.cancelDeadline) ?? 0,
          canCancel: canCancelAt(windowOf(e), ctx.now.getTime()),
        },
      },
    ];
  });
};
