import { eventAdminContract } from '../../domain/contract/event-admin';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { checkIn } from '../../server/event/actions/check-in';
import { events } from '../../server/event/actions/events';
import { exportRoster } from '../../server/event/actions/export-roster';
import { proofs } from '../../server/event/actions/proofs';
import { review } from '../../server/event/actions/review';
import { reviewQueue } from '../../server/event/actions/review-queue';
import { roster } from '../../server/event/actions/roster';

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
