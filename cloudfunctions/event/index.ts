import { eventContract } from '../../domain/contract/event';
import { createMain, defineActions } from '../lib/dispatch';
import { adminList } from './actions/admin-list';
import { cancel } from './actions/cancel';
import { checkinCode } from './actions/checkin-code';
import { close } from './actions/close';
import { create } from './actions/create';
import { detail } from './actions/detail';
import { editorData } from './actions/editor-data';
import { listMine } from './actions/list-mine';
import { listOpen } from './actions/list-open';
import { publish } from './actions/publish';
import { registrations } from './actions/registrations';
import { removeRegistration } from './actions/remove-registration';
import { signUp } from './actions/sign-up';
import { signupForm } from './actions/signup-form';
import { update } from './actions/update';

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
});

export const main = createMain('event', eventContract, handlers);
