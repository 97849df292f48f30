import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { registrationIdOf } from '../repos/docs';
import { findEvent } from '../repos/events';
import { findRegistration } from '../repos/registrations';
import { toDetail } from '../views';
import { assertVisible } from './visible-event';

/** Polled every ~10 s while the page is visible: two reads in parallel. */
export const detail: Handler<typeof eventContract.detail> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const [event, reg] = await Promise.all([findEvent(eventId), findRegistration(registrationIdOf(eventId, member._id))]);
  return toDetail(assertVisible(event, member, reg), reg, ctx.now);
};
