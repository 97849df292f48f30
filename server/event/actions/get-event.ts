import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { registrationIdOf } from '../repos/docs';
import { findEvent } from '../repos/events';
import { findRegistration } from '../repos/registrations';
import { positionOf } from '../repos/waitlist';
import { fillIfStuck } from '../handoff';
import { deliverFor, kickNotices } from '../notices';
import { recountIfQuiet } from '../repair';
import { toDetail } from '../views';
import { assertVisible } from './visible-event';

/**
 * Polled every ~10 s while the page is visible: two reads in parallel (+ the place in line when
 * waiting). It is also a sender of last resort: what the member's registration still owes them is
 * delivered here, a place left free for the line by a filler that died is filled, and an event
 * quiet since calls died half-way is recounted.
 */
export const getEvent: Handler<typeof eventContract.getEvent> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const [event, reg] = await Promise.all([findEvent(eventId), findRegistration(registrationIdOf(eventId, member._id))]);
  const visible = assertVisible(event, member, reg);
  const [position, promoted] = await Promise.all([
    reg?.state === 'waitlisted' ? positionOf(reg) : Promise.resolve(null),
    fillIfStuck(visible, ctx.now),
    reg ? deliverFor(reg, visible, ctx.now) : Promise.resolve(),
    recountIfQuiet(visible, ctx.now),
  ]);
  await kickNotices(promoted.map((w) => w._id));
  return toDetail(visible, reg, ctx.now, position);
};
