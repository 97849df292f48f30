import { eventContract } from '../../domain/contract/event';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { listManaged } from '../../server/event/actions/list-managed';
import { cancel } from '../../server/event/actions/cancel';
import { getCheckinCode } from '../../server/event/actions/get-checkin-code';
import { close } from '../../server/event/actions/close';
import { create } from '../../server/event/actions/create';
import { deliverNotices } from '../../server/event/actions/deliver-notices';
import { fillWaitlist } from '../../server/event/actions/fill-waitlist';
import { getEvent } from '../../server/event/actions/get-event';
import { getEditor } from '../../server/event/actions/get-editor';
import { listMine } from '../../server/event/actions/list-mine';
import { listOpen } from '../../server/event/actions/list-open';
import { publish } from '../../server/event/actions/publish';
import { listRegistrations } from '../../server/event/actions/list-registrations';
import { removeRegistration } from '../../server/event/actions/remove-registration';
import { signUp } from '../../server/event/actions/sign-up';
import { getSignupForm } from '../../server/event/actions/get-signup-form';
import { update } from '../../server/event/actions/update';
import { registrationIdOf } from '../../server/event/repos/docs';

const handlers = defineActions(eventContract, {
  listOpen,
  getEvent,
  getSignupForm,
  signUp,
  cancel,
  listMine,
  listManaged,
  getEditor,
  create,
  update,
  publish,
  close,
  listRegistrations,
  removeRegistration,
  getCheckinCode,
  deliverNotices,
  fillWaitlist,
});

export const main = createMain('event', eventContract, handlers, {
  // A sign-up reads its event and the member's registration first: with the member, in one request.
  prefetch: {
    signUp: (input, openid) =>
      typeof input.eventId === 'string'
        ? [
            { from: 'events', id: input.eventId },
            { from: 'registrations', id: registrationIdOf(input.eventId, openid) },
          ]
        : [],
  },
});
