import { eventContract } from '../../domain/contract/event';
import { createMain, defineActions } from '../../server/lib/dispatch';
import { adminList } from '../../server/event/actions/admin-list';
import { cancel } from '../../server/event/actions/cancel';
import { checkinCode } from '../../server/event/actions/checkin-code';
import { close } from '../../server/event/actions/close';
import { create } from '../../server/event/actions/create';
import { deliverNotices } from '../../server/event/actions/deliver-notices';
import { detail } from '../../server/event/actions/detail';
import { editorData } from '../../server/event/actions/editor-data';
import { listMine } from '../../server/event/actions/list-mine';
import { listOpen } from '../../server/event/actions/list-open';
import { publish } from '../../server/event/actions/publish';
import { registrations } from '../../server/event/actions/registrations';
import { removeRegistration } from '../../server/event/actions/remove-registration';
import { signUp } from '../../server/event/actions/sign-up';
import { signupForm } from '../../server/event/actions/signup-form';
import { update } from '../../server/event/actions/update';

const handlers = defineActions(eventContract, {
  listOpen,
  detail,
  signupForm,
  signUp,
  cancel,
  listMine,
  adminList,
  editorData,
  create,
  update,
  publish,
  close,
  registrations,
  removeRegistration,
  checkinCode,
  deliverNotices,
});

export const main = createMain('event', eventContract, handlers);
