import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { requireMember } from '../../lib/context';
import { registrationIdOf } from '../../lib/repos/event-docs';
import { findEvent } from '../../lib/repos/events';
import { findRegistration } from '../../lib/repos/event-registrations';
import { toDetail } from '../views';
import { assertVisible } from './visible-event';

/** Polled every ~10 s while the page is visible: two reads in parallel. */
export const detail: Handler<typeof eventContract.detail> = async ({ eventId }, ctx) => {
  const member = requireMember(ctx);
  const [event, reg] = await Promise.all([findEvent(eventId), findRegistration(registrationIdOf(eventId, member._id))]);
  return toDetail(assertVisible(event, member, reg), reg, ctx.now);
};
