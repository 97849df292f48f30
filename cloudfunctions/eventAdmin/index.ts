import { eventAdminContract } from '../../domain/contract/event-admin';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { checkIn } from '../../server/event/actions/check-in';
import { listEvents } from '../../server/event/actions/list-events';
import { exportRoster } from '../../server/event/actions/export-roster';
import { getProofs } from '../../server/event/actions/get-proofs';
import { review } from '../../server/event/actions/review';
import { listReviewQueue } from '../../server/event/actions/list-review-queue';
import { getRoster } from '../../server/event/actions/get-roster';

/**
 * Organizer work on welfare events (review, check-in, rosters, Excel exports): a function apart from
 * `event`, so the members' sign-up function never carries the spreadsheet code.
 */
const handlers = defineActions(eventAdminContract, {
  listEvents,
  listReviewQueue,
  review,
  getProofs,
  checkIn,
  getRoster,
  exportRoster,
});

export const main = createMain('eventAdmin', eventAdminContract, handlers);
