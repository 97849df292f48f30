import type { Handler } from '../../lib/dispatch';
import type { eventContract } from '../../../domain/contract/event';
import { prefillAnswers } from '../../../domain/rules/event-form';
import { registrationIdOf } from '../repos/docs';
import { findEvent } from '../repos/events';
import { latestAnswers } from '../repos/registrations';
import { positionOf } from '../repos/waitlist';
import { toSummary } from '../views';
import { assertVisible } from './visible-event';

/** How many earlier registrations may pre-fill a form (newest answer wins). */
const HISTORY = 5;

export const getSignupForm: Handler<typeof eventContract.getSignupForm> = async ({ eventId }, ctx) => {
  const member = ctx.member;
  const [event, history] = await Promise.all([findEvent(eventId), latestAnswers(member._id, HISTORY)]);
  const regId = registrationIdOf(eventId, member._id);
  const own = history.find((h) => h._id === regId) ?? null;
  const visible = assertVisible(event, member, own);
  const past = history.flatMap((h) => h.answers ?? []);
  return {
    event: toSummary(visible, own, ctx.now, own?.state === 'waitlisted' ? await positionOf({ ...own, eventId }) : null),
    fields: visible.fields,
    prefill: prefillAnswers(visible.fields, past),
  };
};
