import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { canCancelAt } from '../../../domain/rules/event-window';
import { windowOf } from '../repos/docs';
import { msOrNull } from '../../lib/time';
import { findEventsByIds } from '../repos/events';
import { listMemberRegistrations } from '../repos/registrations';
import { toMyRegistration } from '../views';

/** A member's recent registrations: enough for years of union events. */
const LIMIT = 50;

export const listMine: Handler<typeof eventContract.listMine> = async (_input, ctx) => {
  const member = ctx.member;
  const regs = await listMemberRegistrations(member._id, LIMIT);
  const events = new Map((await findEventsByIds([...new Set(regs.map((r) => r.eventId))])).map((e) => [e._id, e]));
  return regs.flatMap((r) => {
    const e = events.get(r.eventId);
    if (!e) return [];
    return [
      {
        ...toMyRegistration(r, e.seats),
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
