import { eventAdminContract } from '../../domain/contract/event-admin';
import { createMain, defineActions } from '../lib/dispatch';
import { checkIn } from './actions/check-in';
import { events } from './actions/events';
import { exportRoster } from './actions/export-roster';
import { proofs } from './actions/proofs';
import { review } from './actions/review';
import { reviewQueue } from './actions/review-queue';
import { roster } from './actions/roster';

/**
 * Organizer work on welfare events (review, check-in, rosters, Excel exports): a function apart from
 * `event`, so the members' sign-up function never carries the spreadsheet code.
 */
const handlers = defineActions(eventAdminContract, {
  events,
  reviewQueue,
  review,
  proofs,
  checkIn,
  roster,
  exportRoster,
});

export const main = createMain('eventAdmin', eventAdminContract, handlers);
