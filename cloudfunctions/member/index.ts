import { memberContract } from '../../domain/contract/member';
import { createMain, defineActions } from '../lib/dispatch';
import { me } from './actions/me';
import { home } from './actions/home';
import { units } from './actions/units';
import { register } from './actions/register';
import { claimAdmin } from './actions/claim-admin';
import { updateProfile } from './actions/update-profile';
import { messages } from './actions/messages';
import { readMessage } from './actions/read-message';
import { pending } from './actions/pending';
import { members } from './actions/members';
import { member } from './actions/member';
import { review } from './actions/review';
import { setRole } from './actions/set-role';
import { editMember } from './actions/edit-member';
import { moveMembers } from './actions/move-members';
import { importRoster } from './actions/import-roster';
import { orgTree } from './actions/org-tree';
import { createUnit } from './actions/create-unit';
import { renameUnit } from './actions/rename-unit';
import { moveUnit } from './actions/move-unit';
import { retireUnit } from './actions/retire-unit';

const handlers = defineActions(memberContract, {
  me,
  home,
  units,
  register,
  claimAdmin,
  updateProfile,
  messages,
  readMessage,
  pending,
  members,
  member,
  review,
  setRole,
  editMember,
  moveMembers,
  importRoster,
  orgTree,
  createUnit,
  renameUnit,
  moveUnit,
  retireUnit,
});

export const main = createMain('member', memberContract, handlers);
